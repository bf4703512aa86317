package io.prisma4j.cli;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.project.Console;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Base of the migrate and db commands: the {@code --schema} option, the terminal, and errors printed as
 * Prisma prints them ({@code Error: P3009 ...}) with exit code 1.
 */
abstract class ProjectCommand implements Callable<Integer> {

    @Option(names = "--schema", description = "Custom path to your Prisma schema")
    Path schema;

    final Console console = new TerminalConsole(System.out);

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (ProjectLoader.InvalidSchema e) {
            return 1;
        } catch (MigrateException e) {
            System.err.println("Error: " + e.render());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    abstract int execute();
}
