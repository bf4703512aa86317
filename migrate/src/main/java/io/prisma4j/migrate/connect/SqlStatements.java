package io.prisma4j.migrate.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL script into statements at semicolons that are outside quotes ({@code '...'},
 * {@code "..."}, {@code `...`}), comments, PostgreSQL dollar quotes ({@code $body$...$body$}) and SQLite
 * trigger bodies ({@code BEGIN ... END}). Comments are kept with the statement that follows them.
 */
public final class SqlStatements {
    private SqlStatements() {
    }

    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(script, i + 1, c);
                current.append(script, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                current.append(script, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(script, i, end);
                i = end;
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int end = script.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                current.append(script, i, end);
                i = end;
            } else if (c == ';' && !insideTrigger(current)) {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static int closing(String script, int from, char quote) {
        int i = from;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (script.charAt(i) == '\\' && quote != '"') {
                i++;
            }
            i++;
        }
        return script.length();
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, else {@code null}. */
    private static String dollarTag(String script, int i) {
        int j = i + 1;
        while (j < script.length() && (Character.isLetterOrDigit(script.charAt(j)) || script.charAt(j) == '_')) {
            j++;
        }
        if (j < script.length() && script.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(script.charAt(i + 1)))) {
            return script.substring(i, j + 1);
        }
        return null;
    }

    /** A trigger body holds semicolons; the statement ends after its {@code END}. */
    private static boolean insideTrigger(StringBuilder current) {
        String text = withoutComments(current.toString()).strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean trigger = text.startsWith("CREATE TRIGGER") || text.startsWith("CREATE TEMP TRIGGER")
                || text.startsWith("CREATE TEMPORARY TRIGGER");
        return trigger && text.contains(" BEGIN") && !text.endsWith(" END");
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!withoutComments(statement).isBlank()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
