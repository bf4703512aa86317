package io.prisma4j.cli;

import io.prisma4j.migrate.project.MigrateProject;
import io.prisma4j.migrate.project.Reset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migrate reset [--force] [--skip-seed]}: drops the database's contents, reapplies every migration, seeds. */
@Command(name = "reset", description = "Reset your database and apply all migrations, all data will be lost")
final class MigrateResetCommand extends ProjectCommand {

    @Option(names = {"-f", "--force"}, description = "Skip the confirmation prompt")
    boolean force;

    @Mixin
    SeedOption seed;

    @Override
    int execute() {
        MigrateProject project = ProjectLoader.load(schema, console);
        int code = Reset.run(project, force, console);
        return code != 0 ? code : seed.seedUnlessSkipped(project, console);
    }
}
