package io.prisma4j.migrate.connect;

import io.prisma4j.migrate.MigrateException;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/** JDBC connection failures as Prisma reports them. */
public final class ConnectionErrors {
    private ConnectionErrors() {
    }

    public static MigrateException translate(DatabaseUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (unreachable(e) || state.startsWith("08") && !message.contains("password") && !message.contains("access denied")
                && !message.contains("authentication")) {
            return unreachable(url, e);
        }
        if (state.equals("28P01") || state.equals("28000") || message.contains("access denied")
                || message.contains("password authentication failed")) {
            return new MigrateException("P1000", "Authentication failed against database server at `" + url.host()
                    + "`, the provided database credentials for `" + url.user() + "` are not valid.\n\n"
                    + "Please make sure to provide valid database credentials for the database server at `"
                    + url.host() + "`.", e);
        }
        if (state.equals("3D000") || message.contains("unknown database")) {
            return databaseDoesNotExist(url, e);
        }
        return new MigrateException(null, "Could not connect to " + url + ": " + e.getMessage(), e);
    }

    public static MigrateException unreachable(DatabaseUrl url, Throwable cause) {
        String server = "`" + url.host() + "`:`" + url.port() + "`";
        return new MigrateException("P1001", "Can't reach database server at " + server + "\n\n"
                + "Please make sure your database server is running at " + server + ".", cause);
    }

    public static MigrateException databaseDoesNotExist(DatabaseUrl url, Throwable cause) {
        return new MigrateException("P1003", "Database `" + url.database() + "` does not exist on the database server at `"
                + url.location() + "`.", cause);
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }
}
