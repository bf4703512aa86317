package io.prisma4j.cli;

import io.prisma4j.generator.ClientTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code prisma4j init [--datasource-provider P] [--url U] [--output DIR]}: sets up a project as
 * {@code prisma init} does: {@code prisma/schema.prisma} with a Java client generator and a datasource,
 * {@code .env} with {@code DATABASE_URL}, and {@code .env} kept out of version control.
 */
@Command(name = "init", description = "Set up a new Prisma project")
final class InitCommand implements Callable<Integer> {
    private static final List<String> PROVIDERS = List.of("postgresql", "mysql", "sqlite", "sqlserver", "mongodb",
            "cockroachdb");

    @Option(names = "--datasource-provider",
            description = "Define the datasource provider to use: postgresql, mysql, sqlite, sqlserver, mongodb or cockroachdb")
    String datasourceProvider;

    @Option(names = "--url", description = "Define a custom datasource url")
    String url;

    @Option(names = "--output", description = "Define the generated client's output path")
    String output;

    @Override
    public Integer call() throws IOException {
        Path project = SchemaLocation.workingDirectory();
        Path prisma = project.resolve("prisma");
        if (Files.exists(project.resolve("schema.prisma"))) {
            return refuse("File schema.prisma already exists in your project.");
        }
        if (Files.exists(prisma)) {
            return refuse("A folder called prisma already exists in your project.");
        }
        String provider;
        String databaseUrl;
        if (datasourceProvider != null) {
            provider = datasourceProvider.toLowerCase(Locale.ROOT);
            if (!PROVIDERS.contains(provider)) {
                System.err.println("Error: Provider \"" + datasourceProvider + "\" is invalid or not supported. Try again "
                        + "with \"postgresql\", \"mysql\", \"sqlite\", \"sqlserver\", \"mongodb\" or \"cockroachdb\".");
                return 1;
            }
            databaseUrl = url != null ? url : defaultUrl(provider);
        } else if (url != null) {
            provider = providerOf(url);
            if (provider == null) {
                System.err.println("Error: The URL " + url + " has no protocol prisma4j knows. Use postgresql://, mysql://, "
                        + "file: (SQLite), sqlserver://, mongodb:// or mongodb+srv://.");
                return 1;
            }
            databaseUrl = url;
        } else {
            provider = "postgresql";
            databaseUrl = defaultUrl(provider);
        }

        Files.createDirectories(prisma);
        Files.writeString(prisma.resolve("schema.prisma"), schema(provider, output));
        List<String> warnings = new ArrayList<>();
        Path env = project.resolve(".env");
        if (!Files.exists(env)) {
            Files.writeString(env, envFile(databaseUrl, true));
        } else if (Files.readAllLines(env).stream().anyMatch(line -> line.strip().startsWith("DATABASE_URL="))) {
            warnings.add("warn Prisma would have added DATABASE_URL but it already exists in .env");
        } else {
            Files.writeString(env, Files.readString(env) + "\n\n# This was inserted by `prisma4j init`:\n"
                    + envFile(databaseUrl, true));
        }
        Path gitignore = project.resolve(".gitignore");
        String ignoreEntry = "# Keep environment variables out of version control\n.env\n";
        if (!Files.exists(gitignore)) {
            Files.writeString(gitignore, ignoreEntry);
        } else if (Files.readAllLines(gitignore).stream().noneMatch(line -> line.strip().equals(".env"))) {
            String current = Files.readString(gitignore);
            Files.writeString(gitignore, current + (current.isEmpty() || current.endsWith("\n") ? "" : "\n") + "\n" + ignoreEntry);
        }

        List<String> steps = new ArrayList<>();
        if (url == null || datasourceProvider != null) {
            steps.add("Set the DATABASE_URL in the .env file to point to your existing database. If your database has no "
                    + "tables yet, read https://pris.ly/d/getting-started");
            if (datasourceProvider == null) {
                steps.add("Set the provider of the datasource block in schema.prisma to match your database: postgresql, "
                        + "mysql, sqlite, sqlserver, mongodb or cockroachdb.");
            }
        }
        steps.add(provider.equals("mongodb") ? "Define models in the schema.prisma file."
                : "Run prisma4j db pull to turn your database schema into a Prisma schema.");
        steps.add("Run prisma4j generate to generate the Prisma Client. You can then start querying your database.");

        StringBuilder out = new StringBuilder("\n✔ Your Prisma schema was created at prisma/schema.prisma\n"
                + "  You can now open it in your favorite editor.\n");
        if (!warnings.isEmpty()) {
            out.append('\n').append(String.join("\n", warnings)).append('\n');
        }
        out.append("\nNext steps:\n");
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        out.append("\nMore information in our documentation:\nhttps://pris.ly/d/getting-started\n");
        System.out.print(out);
        return 0;
    }

    private static int refuse(String what) {
        System.out.println("\n" + what + "\nPlease try again in a project that is not yet using Prisma.\n");
        return 1;
    }

    /** The schema {@code prisma init} writes, with the Java client's generator. */
    static String schema(String provider, String output) {
        return "// This is your Prisma schema file,\n"
                + "// learn more about it in the docs: https://pris.ly/d/prisma-schema\n\n"
                + "generator client {\n"
                + "  provider = \"" + ClientTarget.PROVIDER + "\"\n"
                + (output != null ? "  output   = \"" + output + "\"\n" : "")
                + "}\n\n"
                + "datasource db {\n"
                + "  provider = \"" + provider + "\"\n"
                + "  url      = env(\"DATABASE_URL\")\n"
                + "}\n";
    }

    static String envFile(String databaseUrl, boolean comments) {
        String header = comments ? "# Environment variables declared in this file are automatically made available to Prisma.\n"
                + "# See the documentation for more detail: https://pris.ly/d/prisma-schema#accessing-environment-variables-from-the-schema\n\n"
                + "# Prisma supports the native connection string format for PostgreSQL, MySQL, SQLite, SQL Server, MongoDB and CockroachDB.\n"
                + "# See the documentation for all the connection string options: https://pris.ly/d/connection-strings\n\n" : "";
        return header + "DATABASE_URL=\"" + databaseUrl + "\"\n";
    }

    static String defaultUrl(String provider) {
        return switch (provider) {
            case "postgresql" -> "postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public";
            case "cockroachdb" -> "postgresql://johndoe:randompassword@localhost:26257/mydb?schema=public";
            case "mysql" -> "mysql://johndoe:randompassword@localhost:3306/mydb";
            case "sqlserver" -> "sqlserver://localhost:1433;database=mydb;user=SA;password=randompassword;";
            case "mongodb" -> "mongodb+srv://root:randompassword@cluster0.ab1cd.mongodb.net/mydb?retryWrites=true&w=majority";
            default -> "file:./dev.db";
        };
    }

    static String providerOf(String url) {
        String protocol = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        return switch (protocol) {
            case "postgresql", "postgres" -> "postgresql";
            case "mysql" -> "mysql";
            case "file" -> "sqlite";
            case "sqlserver" -> "sqlserver";
            case "mongodb", "mongodb+srv" -> "mongodb";
            default -> null;
        };
    }
}
