package io.prisma4j.client.internal;

import io.prisma4j.client.jdbc.DriverError;

import java.util.List;
import java.util.Map;

/** Prisma's code and sentence for each kind of database error a driver adapter reports. */
public final class UserFacingErrors {
    private UserFacingErrors() {
    }

    /** The P-code of a kind, or null for the databases' own kinds ({@code postgres}, {@code mysql}, {@code sqlite}). */
    public static String code(DriverError error) {
        return switch (error.kind()) {
            case "AuthenticationFailed" -> "P1000";
            case "DatabaseNotReachable" -> "P1001";
            case "DatabaseDoesNotExist" -> "P1003";
            case "SocketTimeout" -> "P1008";
            case "DatabaseAlreadyExists" -> "P1009";
            case "DatabaseAccessDenied" -> "P1010";
            case "TlsConnectionError" -> "P1011";
            case "ConnectionClosed" -> "P1017";
            case "TransactionAlreadyClosed" -> "P1018";
            case "LengthMismatch" -> "P2000";
            case "UniqueConstraintViolation" -> "P2002";
            case "ForeignKeyConstraintViolation" -> "P2003";
            case "InvalidInputValue" -> "P2007";
            case "UnsupportedNativeDataType" -> "P2010";
            case "NullConstraintViolation" -> "P2011";
            case "ValueOutOfRange" -> "P2020";
            case "TableDoesNotExist" -> "P2021";
            case "ColumnNotFound" -> "P2022";
            case "InvalidIsolationLevel", "InconsistentColumnData" -> "P2023";
            case "MissingFullTextSearchIndex" -> "P2030";
            case "TransactionWriteConflict" -> "P2034";
            case "TooManyConnections" -> "P2037";
            default -> null;
        };
    }

    /** Prisma's sentence for a kind, or null for the databases' own kinds. */
    public static String message(DriverError error) {
        return switch (error.kind()) {
            case "AuthenticationFailed" -> "Authentication failed against the database server, the provided database "
                    + "credentials for `" + orNa(error.get("user")) + "` are not valid";
            case "DatabaseNotReachable" -> {
                Object host = error.get("host");
                Object port = error.get("port");
                String address = host != null && port != null ? host + ":" + port : host == null ? null : host.toString();
                yield "Can't reach database server" + (address != null ? " at " + address : "");
            }
            case "DatabaseDoesNotExist" -> "Database `" + orNa(error.get("db")) + "` does not exist on the database server";
            case "SocketTimeout" -> "Operation has timed out";
            case "DatabaseAlreadyExists" -> "Database `" + orNa(error.get("db")) + "` already exists on the database server";
            case "DatabaseAccessDenied" -> "User was denied access on the database `" + orNa(error.get("db")) + "`";
            case "TlsConnectionError" -> "Error opening a TLS connection: " + error.get("reason");
            case "ConnectionClosed" -> "Server has closed the connection.";
            case "TransactionAlreadyClosed" -> String.valueOf(error.get("cause"));
            case "LengthMismatch" -> "The provided value for the column is too long for the column's type. Column: "
                    + orNa(error.get("column"));
            case "UniqueConstraintViolation" -> "Unique constraint failed on the " + constraint(error.get("constraint"));
            case "ForeignKeyConstraintViolation" -> "Foreign key constraint violated on the "
                    + constraint(error.get("constraint"));
            case "NullConstraintViolation" -> "Null constraint violation on the " + constraint(error.get("constraint"));
            case "ValueOutOfRange" -> "Value out of range for the type: " + error.get("cause");
            case "TableDoesNotExist" -> "The table `" + orNa(error.get("table")) + "` does not exist in the current database.";
            case "ColumnNotFound" -> "The column `" + orNa(error.get("column")) + "` does not exist in the current database.";
            case "InvalidIsolationLevel" -> "Error in connector: Conversion error: " + error.get("level");
            case "InconsistentColumnData" -> "Inconsistent column data: " + error.get("cause");
            case "MissingFullTextSearchIndex" -> "Cannot find a fulltext index to use for the native search, try adding "
                    + "a @@fulltext([Fields...]) to your schema";
            case "TransactionWriteConflict" -> "Transaction failed due to a write conflict or a deadlock. Please retry "
                    + "your transaction";
            case "TooManyConnections" -> "Too many database connections opened: " + error.get("cause");
            case "InvalidInputValue" -> "Invalid input value: " + error.get("message");
            default -> null;
        };
    }

    /** The database's own words, for raw-query and unmapped errors. */
    public static String originalMessage(DriverError error) {
        Object original = error.get("originalMessage");
        if (original != null) {
            return original.toString();
        }
        String rendered = message(error);
        return rendered != null ? rendered : error.kind();
    }

    private static String orNa(Object value) {
        return value == null ? "(not available)" : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static String constraint(Object constraint) {
        if (constraint instanceof Map<?, ?> map) {
            if (map.get("fields") instanceof List<?> fields) {
                StringBuilder out = new StringBuilder("fields: (");
                for (int i = 0; i < fields.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    out.append('`').append(fields.get(i)).append('`');
                }
                return out.append(')').toString();
            }
            if (map.get("index") != null) {
                return "constraint: `" + map.get("index") + "`";
            }
            if (map.containsKey("foreignKey")) {
                return "foreign key";
            }
        }
        return "(not available)";
    }
}
