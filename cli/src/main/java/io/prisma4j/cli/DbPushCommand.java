package io.prisma4j.cli;

import io.prisma4j.migrate.project.MigrateProject;
import io.prisma4j.migrate.project.Push;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code db push [--accept-data-loss] [--force-reset]}: makes the database match the schema, no history. */
@Command(name = "push", description = "Push the state from your Prisma schema to your database")
final class DbPushCommand extends ProjectCommand {

    @Option(names = "--accept-data-loss", description = "Ignore data loss warnings")
    boolean acceptDataLoss;

    @Option(names = "--force-reset", description = "Force a reset of the database before push")
    boolean forceReset;

    @Mixin
    GenerateOption generate;

    @Override
    int execute() {
        MigrateProject project = ProjectLoader.load(schema, console);
        int exit = Push.run(project, new Push.Options(acceptDataLoss, forceReset), console);
        return exit == 0 ? generate.generateUnlessSkipped(project) : exit;
    }
}
