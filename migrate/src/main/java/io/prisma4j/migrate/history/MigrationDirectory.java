package io.prisma4j.migrate.history;

import io.prisma4j.migrate.MigrateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One migration: a folder {@code <timestamp>_<name>} holding {@code migration.sql}. */
public record MigrationDirectory(String name, Path path) {

    public Path scriptFile() {
        return path.resolve("migration.sql");
    }

    public String script() {
        try {
            return Files.readString(scriptFile());
        } catch (IOException e) {
            throw new MigrateException(null, "Failed to read migration script at " + scriptFile() + ": " + e.getMessage(), e);
        }
    }

    public boolean matches(String checksum) {
        return Checksum.matches(script(), checksum);
    }
}
