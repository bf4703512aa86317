package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.parser.SchemaParser;
import io.prisma4j.schema.validation.SchemaValidator;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code prisma format}: repairs the relations a schema leaves implicit (see {@link RelationRepairs}),
 * prints every file in canonical layout (see {@link FilePrinter}) with LF line endings and a final
 * newline, then validates the formatted text. Formatting itself never fails: a line the grammar cannot
 * read is kept as it is, and validation reports it.
 */
public final class SchemaFormatter {
    /** Prisma's formatter is always called with a tab size of two spaces by the CLI. */
    private static final int INDENT_WIDTH = 2;

    private SchemaFormatter() {
    }

    /**
     * Formats every file and validates the result, as {@code prisma format} does before it writes
     * anything.
     */
    public static FormattedSchema format(SchemaFiles files) {
        SchemaFiles formatted = layout(files);
        Diagnostics diagnostics = new Diagnostics();
        SchemaValidator.validate(SchemaParser.parse(formatted, diagnostics), diagnostics);
        return new FormattedSchema(files, formatted, diagnostics);
    }

    /** The formatted text of every file, in the same order and with the same paths (not validated). */
    static SchemaFiles layout(SchemaFiles files) {
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
