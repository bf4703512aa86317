package io.prisma4j.migrate.project;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.connect.DatabaseConnection;
import io.prisma4j.migrate.connect.DatabaseUrl;

/** {@code db execute}: runs a SQL script against a database, outside any migration history. */
public final class Execute {
    private Execute() {
    }

    public static void run(DatabaseUrl url, String script, Console console) {
        try (DatabaseConnection connection = DatabaseConnection.open(url)) {
            ScriptRunner.run(connection, script);
        } catch (ScriptRunner.ScriptFailure failure) {
            String code = failure.sqlState().isEmpty() ? "" : " (" + failure.sqlState() + ")";
            throw new MigrateException(null, "Script failed" + code + ": " + failure.getMessage()
                    + (failure.statement() == null ? "" : "\n\nFailed statement:\n" + failure.statement()), failure);
        }
        console.print("Script executed successfully.\n");
    }
}
