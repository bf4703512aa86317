package io.prisma4j.cli;

import io.prisma4j.migrate.project.Console;
import io.prisma4j.migrate.project.MigrateProject;
import picocli.CommandLine.Option;

/** {@code --skip-seed}, for the commands that seed a database they created or reset. */
final class SeedOption {

    @Option(names = "--skip-seed", description = "Skip triggering seed")
    boolean skipSeed;

    /** Runs the configured seed unless {@code --skip-seed} or {@code PRISMA_MIGRATE_SKIP_SEED} says not to; its exit code. */
    int seedUnlessSkipped(MigrateProject project, Console console) {
        if (skipSeed || System.getenv("PRISMA_MIGRATE_SKIP_SEED") != null) {
            return 0;
        }
        return SeedRunner.runIfConfigured(project, console, false);
    }
}
