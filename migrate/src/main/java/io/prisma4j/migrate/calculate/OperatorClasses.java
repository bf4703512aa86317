package io.prisma4j.migrate.calculate;

import io.prisma4j.migrate.schema.IndexColumn;

import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL operator classes named in {@code ops:}. Prisma spells them in PascalCase
 * ({@code JsonbPathOps}); SQL spells them in snake case ({@code jsonb_path_ops}). {@code raw("...")}
 * classes are kept as written.
 */
final class OperatorClasses {
    /** Classes that are the default for their type, so an index without {@code ops:} matches them. */
    private static final Set<String> DEFAULTS = Set.of("jsonb_ops", "array_ops", "text_ops", "bit_minmax_ops",
            "varbit_minmax_ops", "bpchar_minmax_ops", "bytea_minmax_ops", "date_minmax_ops", "float4_minmax_ops",
            "float8_minmax_ops", "inet_inclusion_ops", "inet_minmax_ops", "int2_minmax_ops", "int4_minmax_ops",
            "int8_minmax_ops", "numeric_minmax_ops", "oid_minmax_ops", "text_minmax_ops", "timestamp_minmax_ops",
            "timestamptz_minmax_ops", "time_minmax_ops", "timetz_minmax_ops", "uuid_minmax_ops");

    private OperatorClasses() {
    }

    static IndexColumn.OperatorClass of(String written) {
        String sql = isPascalCase(written) ? snakeCase(written) : written;
        return new IndexColumn.OperatorClass(sql, DEFAULTS.contains(sql));
    }

    private static boolean isPascalCase(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !name.contains("_");
    }

    /** {@code Int4MinMaxOps} → {@code int4_minmax_ops}, {@code JsonbPathOps} → {@code jsonb_path_ops}. */
    static String snakeCase(String pascal) {
        String spaced = pascal.replace("MinMax", "Minmax");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
