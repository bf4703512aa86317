package io.prisma4j.cli;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.project.MigrateProject;
import io.prisma4j.migrate.project.Resolve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate resolve --applied NAME | --rolled-back NAME}: records what happened to a migration. */
@Command(name = "resolve", description = "Resolve issues with database migrations in deployment databases")
final class MigrateResolveCommand extends ProjectCommand {

    @Option(names = "--applied", description = "Record a specific migration as applied")
    String applied;

    @Option(names = "--rolled-back", description = "Record a specific migration as rolled back")
    String rolledBack;

    @Override
    int execute() {
        if (applied == null && rolledBack == null) {
            throw new MigrateException(null, "--applied or --rolled-back must be part of the command like:\n"
                    + "prisma4j migrate resolve --applied 20201231000000_example\n"
                    + "prisma4j migrate resolve --rolled-back 20201231000000_example");
        }
        if (applied != null && rolledBack != null) {
            throw new MigrateException(null, "Pass either --applied or --rolled-back, not both.");
        }
        MigrateProject project = ProjectLoader.load(schema, console);
        if (applied != null) {
            Resolve.applied(project, applied, console);
        } else {
            Resolve.rolledBack(project, rolledBack, console);
        }
        return 0;
    }
}
