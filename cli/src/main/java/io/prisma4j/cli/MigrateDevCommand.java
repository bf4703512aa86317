package io.prisma4j.cli;

import io.prisma4j.migrate.project.Dev;
import io.prisma4j.migrate.project.MigrateProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate dev [--name N] [--create-only] [--skip-seed] [--skip-generate]}: creates a migration from
 * schema changes, applies it, generates the client, and seeds a database it had to create.
 */
@Command(name = "dev", description = "Create a migration from changes in Prisma schema, apply it to the database")
final class MigrateDevCommand extends ProjectCommand {

    @Option(names = {"-n", "--name"}, description = "Name the migration")
    String name;

    @Option(names = "--create-only", description = "Create a new migration but do not apply it")
    boolean createOnly;

    @Option(names = "--skip-seed", description = "Skip triggering seed")
    boolean skipSeed;

    @Option(names = "--skip-generate", description = "Skip triggering generators (for example Prisma Client)")
    boolean skipGenerate;

    @Override
    int execute() {
        MigrateProject project = ProjectLoader.load(schema, console);
        Dev.Outcome outcome = Dev.run(project, new Dev.Options(name, createOnly), console);
        if (outcome.exitCode() != 0) {
            return outcome.exitCode();
        }
        if (!createOnly && !skipGenerate) {
            int generated = GenerateCommand.runGenerators(project.schemaPath(), project.dataModel());
            if (generated != 0) {
                return generated;
            }
        }
        if ((outcome.databaseCreated() || outcome.databaseReset()) && !skipSeed && !createOnly
                && System.getenv("PRISMA_MIGRATE_SKIP_SEED") == null) {
            return SeedRunner.runIfConfigured(project, console, false);
        }
        return 0;
    }
}
