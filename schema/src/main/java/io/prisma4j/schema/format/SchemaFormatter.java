package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.parser.SchemaParser;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code prisma format} without the validation around it: repairs the relations a schema leaves
 * implicit (see {@link RelationRepairs}), then prints every file in canonical layout with LF line
 * endings and a final newline. Formatting never fails: a line the grammar cannot read is kept as it is.
 * Whether the result is a valid schema is for the caller to check ({@code PrismaSchema.format} does).
 */
public final class SchemaFormatter {
    /** Prisma's formatter is always called with a tab size of two spaces by the CLI. */
    private static final int INDENT_WIDTH = 2;

    private SchemaFormatter() {
    }

    /** The formatted text of every file, in the same order and with the same paths. */
    public static SchemaFiles format(SchemaFiles files) {
        Diagnostics diagnostics = new Diagnostics();
        SchemaAst ast = SchemaParser.parse(files, diagnostics);
        SchemaFiles repaired = RelationRepairs.apply(ast, diagnostics);
        if (repaired != files) {
            ast = SchemaParser.parse(repaired, new Diagnostics());
        }
        List<List<Top>> topsByFile = new ArrayList<>();
        for (int i = 0; i < repaired.files().size(); i++) {
            topsByFile.add(new ArrayList<>());
        }
        for (Top top : ast.tops()) {
            topsByFile.get(top.span().fileId()).add(top);
        }
        List<SourceFile> out = new ArrayList<>();
        for (int i = 0; i < repaired.files().size(); i++) {
            SourceFile file = repaired.file(i);
            String text = FilePrinter.print(file.text(), topsByFile.get(i), INDENT_WIDTH);
            out.add(new SourceFile(file.path(), toLf(text)));
        }
        return new SchemaFiles(out);
    }

    /** {@code prisma format} writes LF only: CRLF becomes LF and a lone CR is dropped. */
    private static String toLf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace("\r", "");
    }
}
