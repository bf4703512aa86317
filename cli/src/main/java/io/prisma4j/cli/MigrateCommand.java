package io.prisma4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code prisma4j migrate ...}: the migration history commands. */
@Command(name = "migrate", description = "Update the database schema with migrations",
        subcommands = {MigrateDevCommand.class, MigrateDeployCommand.class, MigrateResetCommand.class,
                MigrateStatusCommand.class, MigrateResolveCommand.class, MigrateDiffCommand.class})
final class MigrateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
