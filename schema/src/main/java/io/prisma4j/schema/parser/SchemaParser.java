package io.prisma4j.schema.parser;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses schema files into a {@link SchemaAst}. The parser follows Prisma's PEG grammar rule for rule
 * (including its error recovery: a line it cannot read becomes a "not a valid field or attribute
 * definition" error and parsing goes on), so the same input produces the same diagnostics on the
 * same lines. It never throws on bad input.
 */
public final class SchemaParser {
    private SchemaParser() {
    }

    /** Parses every file of {@code files}; syntax errors go to {@code diagnostics}. */
    public static SchemaAst parse(SchemaFiles files, Diagnostics diagnostics) {
        List<Top> tops = new ArrayList<>();
        for (int fileId = 0; fileId < files.files().size(); fileId++) {
            String text = files.file(fileId).text();
            tops.addAll(new FileParser(fileId, text, diagnostics).parse());
        }
        return new SchemaAst(files, tops);
    }
}
