package io.prisma4j.migrate.project;

import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.SqlStatements;
import io.prisma4j.schema.connector.Provider;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Runs a migration script. On PostgreSQL a script is atomic, as with Prisma: it runs in one transaction
 * (or, when it manages transactions itself, as one multi-statement command). MySQL commits each DDL
 * statement by itself, and SQLite's {@code PRAGMA foreign_keys} only works outside transactions, so there
 * statements run one by one.
 */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    /** A statement that failed, with the database's error. */
    public static final class ScriptFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final String statement;
        private final transient SQLException cause;

        ScriptFailure(String statement, SQLException cause) {
            super(cause.getMessage(), cause);
            this.statement = statement;
            this.cause = cause;
        }

        /** The failing statement, or {@code null} when the database did not say which. */
        public String statement() {
            return statement;
        }

        public String sqlState() {
            return cause.getSQLState() == null ? "" : cause.getSQLState();
        }

        public int vendorCode() {
            return cause.getErrorCode();
        }
    }

    public static void run(DatabaseConnection connection, String script) throws ScriptFailure {
        List<String> statements = SqlStatements.split(script);
        if (statements.isEmpty()) {
            return;
        }
        if (connection.provider() == Provider.POSTGRESQL) {
            if (statements.stream().anyMatch(ScriptRunner::controlsTransactions)) {
                execute(connection, script, null);
            } else {
                inTransaction(connection, statements);
            }
            return;
        }
        for (String statement : statements) {
            execute(connection, statement, statement);
        }
    }

    private static void inTransaction(DatabaseConnection connection, List<String> statements) throws ScriptFailure {
        try {
            connection.jdbc().setAutoCommit(false);
            for (String statement : statements) {
                try {
                    connection.execute(statement);
                } catch (SQLException e) {
                    connection.jdbc().rollback();
                    throw new ScriptFailure(statement, e);
                }
            }
            connection.jdbc().commit();
        } catch (SQLException e) {
            throw new ScriptFailure(null, e);
        } finally {
            try {
                connection.jdbc().setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is unusable anyway; the caller reports the first error.
            }
        }
    }

    private static void execute(DatabaseConnection connection, String sql, String statement) throws ScriptFailure {
        try {
            connection.execute(sql);
        } catch (SQLException e) {
            throw new ScriptFailure(statement, e);
        }
    }

    private static boolean controlsTransactions(String statement) {
        String text = statement.replaceAll("(?m)^\\s*--.*$", "").strip().toUpperCase(Locale.ROOT);
        return text.equals("BEGIN") || text.startsWith("BEGIN ") || text.startsWith("START TRANSACTION")
                || text.equals("COMMIT") || text.equals("ROLLBACK") || text.equals("END");
    }
}
