package io.prisma4j.cli;

import io.prisma4j.migrate.project.Deploy;
import picocli.CommandLine.Command;

/** {@code migrate deploy}: applies pending migrations (production and CI). */
@Command(name = "deploy", description = "Apply pending migrations to update the database schema in production/staging")
final class MigrateDeployCommand extends ProjectCommand {

    @Override
    int execute() {
        Deploy.run(ProjectLoader.load(schema, console), console);
        return 0;
    }
}
