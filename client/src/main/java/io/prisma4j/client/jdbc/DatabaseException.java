package io.prisma4j.client.jdbc;

import java.sql.SQLException;

/** A database error raised while running SQL, translated into Prisma's description of it. */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient DriverError error;

    public DatabaseException(DriverError error, SQLException cause) {
        super(String.valueOf(error.get("originalMessage") != null ? error.get("originalMessage") : error.kind()), cause);
        this.error = error;
    }

    public DriverError error() {
        return error;
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}
