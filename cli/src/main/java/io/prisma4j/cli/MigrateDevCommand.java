package io.prisma4j.cli;

import io.prisma4j.migrate.project.Dev;
import io.prisma4j.migrate.project.MigrateProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SeedOption seed;

    @Mixin
    GenerateOption generate;

    @Override
    int execute() {
        MigrateProject project = ProjectLoader.load(schema, console);
        Dev.Outcome outcome = Dev.run(project, new Dev.Options(name, createOnly), console);
        if (outcome.exitCode() != 0) {
            return outcome.exitCode();
        }
        if (createOnly) {
            return 0;
        }
        int generated = generate.generateUnlessSkipped(project);
        if (generated != 0) {
            return generated;
        }
        return outcome.databaseCreated() || outcome.databaseReset() ? seed.seedUnlessSkipped(project, console) : 0;
    }
}
