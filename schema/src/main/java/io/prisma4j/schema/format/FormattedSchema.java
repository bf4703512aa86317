package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.diagnostics.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * A formatted schema: the text of every file as {@code prisma format} writes it, and the diagnostics of
 * that text. Like Prisma, a caller should write the files only when {@link #isValid()}: a schema whose
 * formatted text does not validate is reported and left as it was.
 */
public final class FormattedSchema {
    private final SchemaFiles original;
    private final SchemaFiles formatted;
    private final Diagnostics diagnostics;

    FormattedSchema(SchemaFiles original, SchemaFiles formatted, Diagnostics diagnostics) {
        this.original = original;
        this.formatted = formatted;
        this.diagnostics = diagnostics;
    }

    /** The input, as given. */
    public SchemaFiles original() {
        return original;
    }

    /** Every file formatted, in the input's order and with its path. */
    public SchemaFiles files() {
        return formatted;
    }

    /** The formatted text of the first (for a single-file schema: the only) file. */
    public String text() {
        return formatted.file(0).text();
    }

    /** Errors and warnings of the formatted text; spans point into {@link #files()}. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }

    /** The formatted files whose text differs from the input. */
    public List<SourceFile> changedFiles() {
        List<SourceFile> changed = new ArrayList<>();
        for (int i = 0; i < formatted.files().size(); i++) {
            if (!formatted.file(i).text().equals(original.file(i).text())) {
                changed.add(formatted.file(i));
            }
        }
        return changed;
    }

    /** Whether the input was already formatted (formatting changes nothing). */
    public boolean isFormatted() {
        return changedFiles().isEmpty();
    }
}
