package io.prisma4j.cli;

import io.prisma4j.migrate.project.Status;
import picocli.CommandLine.Command;

/** {@code migrate status}: exit 0 when the database has every migration, 1 otherwise. */
@Command(name = "status", description = "Check the status of your database migrations")
final class MigrateStatusCommand extends ProjectCommand {

    @Override
    int execute() {
        return Status.run(ProjectLoader.load(schema, console), console);
    }
}
