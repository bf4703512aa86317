package io.prisma4j.cli;

import java.nio.file.Path;

/**
 * Runs CLI code as if it were started in another folder: the CLI resolves relative paths (the schema's
 * default places, {@code prisma4j.properties}) against {@code user.dir}. Closing goes back.
 */
final class WorkingDirectory implements AutoCloseable {
    private final String previous;

    private WorkingDirectory(Path dir) {
        previous = System.getProperty("user.dir");
        System.setProperty("user.dir", dir.toString());
    }

    static WorkingDirectory enter(Path dir) {
        return new WorkingDirectory(dir);
    }

    @Override
    public void close() {
        System.setProperty("user.dir", previous);
    }
}
