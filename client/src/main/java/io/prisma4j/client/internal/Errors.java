package io.prisma4j.client.internal;

import io.prisma4j.client.PrismaClientInitializationException;
import io.prisma4j.client.PrismaClientKnownRequestException;
import io.prisma4j.client.PrismaClientUnknownRequestException;
import io.prisma4j.client.PrismaClientValidationException;
import io.prisma4j.client.PrismaException;
import io.prisma4j.client.jdbc.DatabaseException;
import io.prisma4j.client.jdbc.DriverError;
import io.prisma4j.query.QueryRequestException;
import io.prisma4j.query.QueryUnknownRequestException;
import io.prisma4j.query.document.ValidationException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the client's public errors with Prisma's messages: "Invalid `prisma.user.create()` invocation:"
 * followed by what went wrong.
 */
public final class Errors {
    private Errors() {
    }

    /** {@code prisma.user.create()}. */
    public static String clientMethod(String model, String action) {
        if (model == null) {
            return "prisma." + action + "()";
        }
        return "prisma." + (model.isEmpty() ? model : Character.toLowerCase(model.charAt(0)) + model.substring(1))
                + "." + action + "()";
    }

    static String head(String clientMethod) {
        return "Invalid `" + clientMethod + "` invocation:";
    }

    public static PrismaException validation(ValidationException e, String clientMethod, Object args) {
        String core = e.getMessage();
        String rendered = ArgumentsTree.render(args, e.error());
        return new PrismaClientValidationException(head(clientMethod) + "\n\n" + rendered + "\n\n" + core, core, e);
    }

    public static PrismaException known(QueryRequestException e, String clientMethod) {
        return new PrismaClientKnownRequestException(e.code(), head(clientMethod) + "\n\n\n" + e.getMessage(),
                e.getMessage(), e.meta(), e);
    }

    public static PrismaException known(String code, String core, Map<String, Object> meta, String clientMethod,
                                        Throwable cause) {
        String message = clientMethod == null ? core : head(clientMethod) + "\n\n\n" + core;
        return new PrismaClientKnownRequestException(code, message, core, meta, cause);
    }

    public static PrismaException unknown(QueryUnknownRequestException e, String clientMethod) {
        return new PrismaClientUnknownRequestException(head(clientMethod) + "\n\n\n" + e.getMessage(), e.getMessage(), e);
    }

    public static PrismaException unknown(String core, String clientMethod, Throwable cause) {
        return new PrismaClientUnknownRequestException(clientMethod == null ? core : head(clientMethod) + "\n\n\n" + core,
                core, cause);
    }

    /** A database error of a model operation: its P-code, or P2039 when Prisma has no mapping for it. */
    public static PrismaException database(DatabaseException e, String clientMethod, String modelName) {
        DriverError error = e.error();
        String code = UserFacingErrors.code(error);
        String core = UserFacingErrors.message(error);
        Map<String, Object> meta = new LinkedHashMap<>();
        if (modelName != null) {
            meta.put("modelName", modelName);
        }
        meta.put("driverAdapterError", error.toMeta());
        if (code == null || core == null) {
            code = "P2039";
            core = "Database error. Code: `" + orNa(error.get("originalCode")) + "`. Message: `"
                    + UserFacingErrors.originalMessage(error) + "`";
        }
        if (code.startsWith("P10") && !code.equals("P1008") && !code.equals("P1017")) {
            return new PrismaClientInitializationException(code, core, e);
        }
        return known(code, core, meta, clientMethod, e);
    }

    /** A database error of a raw query: P2010 with the database's code and message. */
    public static PrismaException raw(DatabaseException e, String clientMethod) {
        DriverError error = e.error();
        String core = "Raw query failed. Code: `" + orNa(error.get("originalCode")) + "`. Message: `"
                + UserFacingErrors.originalMessage(error) + "`";
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("driverAdapterError", error.toMeta());
        return known("P2010", core, meta, clientMethod, e);
    }

    private static String orNa(Object value) {
        return value == null ? "N/A" : value.toString();
    }
}
