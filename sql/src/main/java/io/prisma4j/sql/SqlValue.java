package io.prisma4j.sql;

import java.util.List;

/**
 * Parameter values whose Java type alone does not say how to bind them. Plain Java values
 * ({@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code BigDecimal}, {@code Boolean},
 * {@code byte[]}, {@code java.time.Instant}, {@code null}) are bound by their type.
 */
public sealed interface SqlValue
        permits SqlValue.Json, SqlValue.Enum, SqlValue.Array, SqlValue.Text, SqlValue.Timestamp, SqlValue.Typed {

    /** JSON text, bound as {@code jsonb}/{@code json} where the database has such a type. */
    record Json(String text) implements SqlValue {
    }

    /**
     * A value of a database enum type ({@code typeName} is the PostgreSQL type, unquoted, found through the
     * search path; null when unknown, and the server infers it).
     */
    record Enum(String value, String typeName) implements SqlValue {
    }

    /**
     * A string known to be compared with or written to a text column: a database that types parameters
     * (PostgreSQL) may bind it as text rather than leaving its type to the server; elsewhere a plain string.
     */
    record Text(String value) implements SqlValue {
    }

    /**
     * A DateTime known to be written to or compared with a {@code timestamp} column ({@code timestamptz}
     * when {@code withTimeZone}): a database that types parameters (PostgreSQL) may bind it as such rather
     * than leaving its type to the server; elsewhere a plain instant.
     */
    record Timestamp(java.time.Instant value, boolean withTimeZone) implements SqlValue {
    }

    /**
     * A value known to be written to or compared with a column of the PostgreSQL type {@code typeName}
     * ({@code numeric}, {@code uuid}, {@code date}, {@code jsonb}, ...; made by PostgreSQL's query flavour
     * only): bound as that type rather than leaving the type to the server. {@code value} is what would be
     * bound otherwise, a plain value or another {@code SqlValue} ({@link Json}).
     */
    record Typed(Object value, String typeName) implements SqlValue {
    }

    /** A PostgreSQL array of {@code elementType} ({@code text}, {@code int4}, ...). */
    record Array(List<?> values, String elementType) implements SqlValue {
        public Array {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
