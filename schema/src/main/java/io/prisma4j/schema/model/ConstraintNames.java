package io.prisma4j.schema.model;

import java.util.List;

/**
 * Prisma's default constraint and index names ({@code User_pkey}, {@code User_email_key},
 * {@code Post_authorId_idx}, {@code Post_authorId_fkey}). When a name would exceed the database's
 * identifier length, the {@code table_columns} part is cut so that the suffix still fits.
 */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    public static String primaryKey(String table, int maxLength) {
        return truncated(table, "_pkey", maxLength);
    }

    public static String unique(String table, List<String> columns, int maxLength) {
        return truncated(table + "_" + String.join("_", columns), "_key", maxLength);
    }

    public static String index(String table, List<String> columns, int maxLength) {
        return truncated(table + "_" + String.join("_", columns), "_idx", maxLength);
    }

    public static String foreignKey(String table, List<String> columns, int maxLength) {
        return truncated(table + "_" + String.join("_", columns), "_fkey", maxLength);
    }

    private static String truncated(String base, String suffix, int maxLength) {
        if (base.length() + suffix.length() <= maxLength) {
            return base + suffix;
        }
        return base.substring(0, Math.max(0, maxLength - suffix.length())) + suffix;
    }
}
