package io.prisma4j.query.sql;

import io.prisma4j.sql.Sql;
import io.prisma4j.sql.ast.Expr;

/** Escaping and pattern building for LIKE filters, shared by every database. */
public final class SqlValues {
    public SqlValues() {
    }

    /** A LIKE pattern matching {@code text} literally: {@code %}, {@code _} and {@code \} escaped with {@code \}. */
    public static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The LIKE pattern of a contains/startsWith/endsWith operator. */
    public static Expr pattern(String operator, String text) {
        String escaped = escapeLike(text);
        return Sql.param(switch (operator) {
            case "contains" -> "%" + escaped + "%";
            case "startsWith" -> escaped + "%";
            default -> "%" + escaped;
        });
    }
}
