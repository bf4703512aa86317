package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.describe.DefaultParsing;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlValue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a default from {@code pg_get_expr} text: {@code nextval('"User_id_seq"'::regclass)} is the sequence
 * of a SERIAL, {@code 'USER'::"Role"} an enum value, {@code 'a'::text} a string, {@code CURRENT_TIMESTAMP}
 * now; anything else is kept as a database expression.
 */
final class PostgresDefaultParser {
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('(?:\"?([^\"']+)\"?\\.)?\"?([^\"']+)\"?'::regclass\\)$");
    private static final Pattern CAST = Pattern.compile("^(.*?)::[\\w \"().,\\[\\]]+$", Pattern.DOTALL);

    private PostgresDefaultParser() {
    }

    static SqlDefault parse(String expression, ColumnType type) {
        String text = expression.strip();
        Matcher nextval = NEXTVAL.matcher(text);
        if (nextval.matches()) {
            return new SqlDefault.Sequence(nextval.group(2));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("current_timestamp") || lower.equals("now()") || lower.startsWith("current_timestamp(")) {
            return SqlDefault.now();
        }
        if (type.arity().isList()) {
            List<SqlValue> values = list(text, type);
            return values == null ? SqlDefault.dbGenerated(text) : SqlDefault.value(SqlValue.list(values));
        }
        SqlValue value = scalar(text, type);
        return value == null ? SqlDefault.dbGenerated(text) : SqlDefault.value(value);
    }

    private static SqlValue scalar(String text, ColumnType type) {
        String body = stripCast(text);
        if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1).strip();
            body = stripCast(body);
        }
        String literal = DefaultParsing.unquote(body);
        ColumnTypeFamily family = type.family();
        if (literal != null) {
            if (type.isEnum()) {
                return SqlValue.enumValue(literal);
            }
            return switch (family) {
                case JSON -> new SqlValue(SqlValue.Kind.JSON, literal);
                case DATETIME -> new SqlValue(SqlValue.Kind.DATETIME, literal);
                case BINARY -> literal.startsWith("\\x") ? bytes(literal) : null;
                case STRING, UUID, UNSUPPORTED -> SqlValue.string(literal);
                default -> DefaultParsing.constant(literal, family);
            };
        }
        return DefaultParsing.constant(body, family);
    }

    private static SqlValue bytes(String literal) {
        try {
            return new SqlValue(SqlValue.Kind.BYTES, HexFormat.of().parseHex(literal.substring(2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code ARRAY['a'::text, 'b'::text]} or {@code '{a,b}'::text[]} as a list of values. */
    private static List<SqlValue> list(String text, ColumnType type) {
        String body = stripCast(text);
        ColumnType element = type.withArity(io.prisma4j.migrate.schema.ColumnArity.REQUIRED);
        List<SqlValue> values = new ArrayList<>();
        if (body.startsWith("ARRAY[") && body.endsWith("]")) {
            String inner = body.substring(6, body.length() - 1).strip();
            if (inner.isEmpty()) {
                return values;
            }
            for (String item : splitTopLevel(inner)) {
                SqlValue value = scalar(item.strip(), element);
                if (value == null) {
                    return null;
                }
                values.add(value);
            }
            return values;
        }
        String literal = DefaultParsing.unquote(body);
        if (literal != null && literal.startsWith("{") && literal.endsWith("}")) {
            String inner = literal.substring(1, literal.length() - 1);
            if (inner.isEmpty()) {
                return values;
            }
            for (String item : splitTopLevel(inner)) {
                String raw = item.strip();
                if (raw.startsWith("\"") && raw.endsWith("\"")) {
                    raw = raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                SqlValue value = type.isEnum() ? SqlValue.enumValue(raw)
                        : scalar("'" + raw.replace("'", "''") + "'", element);
                if (value == null) {
                    return null;
                }
                values.add(value);
            }
            return values;
        }
        return null;
    }

    private static String stripCast(String text) {
        String current = text.strip();
        while (true) {
            Matcher m = CAST.matcher(current);
            if (!m.matches() || !balanced(m.group(1))) {
                return current;
            }
            current = m.group(1).strip();
        }
    }

    /** Whether quotes and parentheses are closed, so a {@code ::type} suffix belongs to the whole text. */
    private static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            }
        }
        return depth == 0 && !quoted;
    }

    private static List<String> splitTopLevel(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean single = false;
        boolean doubleQuoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && !doubleQuoted) {
                single = !single;
            } else if (c == '"' && !single) {
                doubleQuoted = !doubleQuoted;
            } else if (!single && !doubleQuoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!single && !doubleQuoted && (c == ')' || c == ']')) {
                depth--;
            } else if (c == ',' && depth == 0 && !single && !doubleQuoted) {
                items.add(text.substring(start, i));
                start = i + 1;
            }
        }
        items.add(text.substring(start));
        return items;
    }
}
