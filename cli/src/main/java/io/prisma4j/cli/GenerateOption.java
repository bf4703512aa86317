package io.prisma4j.cli;

import io.prisma4j.migrate.project.MigrateProject;
import picocli.CommandLine.Option;

/** {@code --skip-generate}, for the commands that run the generators after changing the database. */
final class GenerateOption {

    @Option(names = "--skip-generate", description = "Skip triggering generators (for example Prisma Client)")
    boolean skipGenerate;

    /** Runs the schema's generators unless {@code --skip-generate} says not to; their exit code. */
    int generateUnlessSkipped(MigrateProject project) {
        return skipGenerate ? 0 : GenerateCommand.runGenerators(project.schemaPath(), project.dataModel());
    }
}
