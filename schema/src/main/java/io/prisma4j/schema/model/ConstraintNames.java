package io.prisma4j.schema.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default constraint and index names ({@code User_pkey}, {@code User_email_key},
 * {@code Post_authorId_idx}, {@code Post_authorId_fkey}, {@code User_role_df}). Names are built from
 * database names (after {@code @map}/{@code @@map}); when a name would not fit the database's
 * identifier length (in bytes), the {@code table_columns} part is cut so that the suffix still fits.
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

    /** The name of a default value constraint (databases that name them, such as SQL Server). */
    public static String defaultValue(String table, String column, int maxLength) {
        return truncated(table + "_" + column, "_df", maxLength);
    }

    private static String truncated(String base, String suffix, int maxLength) {
        int limit = maxLength - suffix.length();
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < limit) {
            return base + suffix;
        }
        // Cut at the last character boundary that keeps the name within the limit.
        int end = 0;
        int used = 0;
        while (end < base.length()) {
            int codePoint = base.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > limit) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return base.substring(0, end) + suffix;
    }
}
