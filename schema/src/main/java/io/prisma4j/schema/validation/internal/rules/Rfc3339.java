package io.prisma4j.schema.validation.internal.rules;

/**
 * Checks an RFC 3339 date-time ({@code 2024-01-31T12:00:00.5Z}) and describes a bad one as Prisma's
 * date parser does: {@code premature end of input}, {@code input contains invalid characters},
 * {@code trailing input} or {@code input is out of range}.
 */
final class Rfc3339 {
    private final String text;
    private int pos;

    private Rfc3339(String text) {
        this.text = text;
    }

    /** {@code null} when valid, else the explanation. */
    static String problem(String text) {
        return new Rfc3339(text).parse();
    }

    private String parse() {
        int[] v = new int[8];
        String problem;
        if ((problem = number(4, v, 0)) != null || (problem = literal('-')) != null
                || (problem = number(2, v, 1)) != null || (problem = literal('-')) != null
                || (problem = number(2, v, 2)) != null) {
            return problem;
        }
        if (pos >= text.length()) {
            return "premature end of input";
        }
        char separator = text.charAt(pos);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return "input contains invalid characters";
        }
        pos++;
        if ((problem = number(2, v, 3)) != null || (problem = literal(':')) != null
                || (problem = number(2, v, 4)) != null || (problem = literal(':')) != null
                || (problem = number(2, v, 5)) != null) {
            return problem;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                return pos >= text.length() ? "premature end of input" : "input contains invalid characters";
            }
        }
        if (pos >= text.length()) {
            return "premature end of input";
        }
        char zone = text.charAt(pos++);
        if (zone == '+' || zone == '-') {
            if ((problem = number(2, v, 6)) != null || (problem = literal(':')) != null
                    || (problem = number(2, v, 7)) != null) {
                return problem;
            }
        } else if (zone != 'Z' && zone != 'z') {
            return "input contains invalid characters";
        }
        if (pos < text.length()) {
            return "trailing input";
        }
        return inRange(v) ? null : "input is out of range";
    }

    private String number(int digits, int[] into, int index) {
        int value = 0;
        for (int i = 0; i < digits; i++) {
            if (pos >= text.length()) {
                return "premature end of input";
            }
            char c = text.charAt(pos);
            if (c < '0' || c > '9') {
                return "input contains invalid characters";
            }
            value = value * 10 + (c - '0');
            pos++;
        }
        into[index] = value;
        return null;
    }

    private String literal(char expected) {
        if (pos >= text.length()) {
            return "premature end of input";
        }
        if (text.charAt(pos) != expected) {
            return "input contains invalid characters";
        }
        pos++;
        return null;
    }

    private static boolean inRange(int[] v) {
        int year = v[0];
        int month = v[1];
        int day = v[2];
        if (month < 1 || month > 12 || day < 1 || v[3] > 23 || v[4] > 59 || v[5] > 60 || v[6] > 23 || v[7] > 59) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}
