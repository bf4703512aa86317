package io.prisma4j.schema.format;

import io.prisma4j.schema.diagnostics.ValidationReport;

/**
 * What {@code prisma format} prints for a formatted schema, and its exit code: the warnings of the
 * formatted text (on stderr), then either the validation errors of the formatted text (exit 1, nothing
 * written), or for {@code --check} whether every file is formatted, or
 * {@code Formatted schema.prisma in 48ms 🚀}.
 */
public final class FormatReport {
    private FormatReport() {
    }

    /**
     * The command's outcome.
     *
     * @param exitCode 0 on success, 1 when the schema does not validate or ({@code --check}) is not formatted
     * @param stdout   what goes to standard output
     * @param stderr   what goes to standard error
     * @param printed  both streams in the order the command prints them
     */
    public record Output(int exitCode, String stdout, String stderr, String printed) {
    }

    /**
     * @param display       the schema path shown in the success line (relative to the working directory)
     * @param elapsedMillis the time the command took, shown in the success line
     * @param check         {@code --check}: report unformatted files instead of writing them
     */
    public static Output render(FormattedSchema result, String display, long elapsedMillis, boolean check) {
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        if (!result.diagnostics().warnings().isEmpty()) {
            // Prisma prints the warnings of the formatted text with console.warn, after an empty line.
            stderr.append('\n');
            ValidationReport.appendWarnings(result.diagnostics().warnings(), stderr);
        }
        int exitCode = 0;
        if (!result.isValid()) {
            ValidationReport.appendErrors(result.files(), result.diagnostics().errors(), stderr, "validate");
            exitCode = 1;
        } else if (check) {
            if (result.isFormatted()) {
                stdout.append("All files are formatted correctly!\n");
            } else {
                stderr.append("! There are unformatted files. Run prisma format to format them.\n");
                exitCode = 1;
            }
        } else {
            stdout.append("Formatted ").append(display).append(" in ").append(duration(elapsedMillis))
                    .append(" \uD83D\uDE80\n");
        }
        return new Output(exitCode, stdout.toString(), stderr.toString(), stderr + stdout.toString());
    }

    /** {@code 48ms} below a second, {@code 1.25s} from one second on, as Prisma's CLI shows durations. */
    static String duration(long millis) {
        if (millis < 1000) {
            return millis + "ms";
        }
        return String.format(java.util.Locale.ROOT, "%.2fs", millis / 1000.0);
    }
}
