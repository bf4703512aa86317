package io.prisma4j.conformance;

import io.prisma4j.conformance.queries.QueriesCategory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/conformance [DIR]}: runs every category present in DIR (default: the corpus next to the
 * repository) and prints {@code conformance <category>[ <provider>]: N passed, M failed} per category
 * and provider, then each failing case with a short diff. Exits 1 on any failure.
 * {@code bin/conformance --print SUITE_DIR PROVIDER} prints prisma4j's own answer lines of one query suite.
 */
public final class ConformanceRunner {
    private ConformanceRunner() {
    }

    /** Every category prisma4j implements, in the order they run. */
    static List<Category> categories() {
        return List.of(new ValidateCategory(), new FormatCategory(), new MigrateCategory(), new QueriesCategory());
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--print")) {
            if (args.length != 3) {
                System.err.println("Usage: bin/conformance --print SUITE_DIR PROVIDER   (PROVIDER: postgresql, mysql, sqlite)");
                System.exit(2);
            }
            QueriesCategory.print(Path.of(args[1]), args[2]);
            return;
        }
        Path root = args.length > 0 ? Path.of(args[0]) : defaultRoot();
        if (!Files.isDirectory(root)) {
            System.err.println("No conformance corpus at " + root + ". Pass its folder: bin/conformance DIR");
            System.exit(2);
        }
        boolean failed = false;
        StringBuilder failures = new StringBuilder();
        for (Category category : categories()) {
            Path folder = root.resolve(category.name());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Category.Result result : category.run(folder)) {
                String label = category.name() + (result.provider() == null ? "" : " " + result.provider());
                System.out.println("conformance " + label + ": " + result.passed() + " passed, "
                        + result.failed() + " failed");
                for (Category.CaseOutcome outcome : result.cases()) {
                    if (!outcome.passed()) {
                        failed = true;
                        failures.append("FAIL ").append(label).append(' ').append(outcome.name()).append('\n')
                                .append(outcome.diff().indent(2));
                    }
                }
            }
        }
        if (failed) {
            System.out.println();
            System.out.print(failures);
        }
        System.exit(failed ? 1 : 0);
    }

    static Path defaultRoot() {
        String configured = System.getenv("PRISMA4J_CONFORMANCE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.dir")).resolve("../shared/conformance").normalize();
    }
}
