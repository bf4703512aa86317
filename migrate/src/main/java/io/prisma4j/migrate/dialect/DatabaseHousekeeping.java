package io.prisma4j.migrate.dialect;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.history.MigrationLock;

import java.sql.SQLException;
import java.util.List;

/**
 * What one database does around the migrations themselves: its {@code _prisma_migrations} table, the lock
 * that serializes migration runs, and listing and dropping what the connection's schema holds.
 */
public interface DatabaseHousekeeping {

    /** The {@code CREATE TABLE} of {@code _prisma_migrations}, as Prisma writes it for this database. */
    String migrationsTableDdl();

    /** Takes the lock that serializes migration runs on this database (released on close). */
    MigrationLock lock(DatabaseConnection connection);

    /** Names of the tables in the connection's schema. */
    List<String> tableNames(DatabaseConnection connection) throws SQLException;

    /** Drops every table, view and type in the connection's schema ({@code migrate reset}). */
    void resetSchema(DatabaseConnection connection) throws SQLException;
}
