package io.prisma4j.migrate.describe;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.schema.SqlSchema;

import java.sql.SQLException;

/** Reads the schema of the database a connection points at (the URL's {@code schema} on PostgreSQL). */
public interface SchemaDescriber {

    SqlSchema describe(DatabaseConnection connection) throws SQLException;
}
