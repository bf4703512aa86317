package io.prisma4j.cli;

import picocli.CommandLine.Command;

/** {@code db seed}: runs the project's seed command (see {@link SeedRunner} for where it is configured). */
@Command(name = "seed", description = "Seed your database")
final class DbSeedCommand extends ProjectCommand {

    @Override
    int execute() {
        return SeedRunner.runIfConfigured(null, console, true);
    }
}
