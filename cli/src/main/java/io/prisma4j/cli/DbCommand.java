package io.prisma4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code prisma4j db ...}: work on the database without a migration history. */
@Command(name = "db", description = "Manage your database schema and lifecycle during development",
        subcommands = {DbPushCommand.class, DbPullCommand.class, DbExecuteCommand.class, DbSeedCommand.class})
final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
