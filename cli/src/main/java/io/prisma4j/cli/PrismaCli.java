package io.prisma4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code prisma4j} command: Prisma's CLI for the JVM. Each subcommand mirrors Prisma's flags and
 * exit codes.
 */
@Command(name = "prisma4j", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Prisma ORM for the JVM: schema, migrations and a generated Java client.",
        subcommands = {InitCommand.class, GenerateCommand.class, FormatCommand.class, ValidateCommand.class,
                MigrateCommand.class, DbCommand.class,
                VersionCommand.class, CommandLine.HelpCommand.class})
public final class PrismaCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return new CommandLine(new PrismaCli()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
