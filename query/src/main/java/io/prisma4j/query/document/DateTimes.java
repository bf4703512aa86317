package io.prisma4j.query.document;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Parses RFC 3339 date-times ({@code 2024-03-01T14:00:00+02:00}, {@code ...Z}) as Prisma's engine
 * does, reporting failures with the engine's wording.
 */
public final class DateTimes {
    private DateTimes() {
    }

    /** Thrown with the engine's description of what is wrong with the text. */
    public static final class DateTimeParseError extends Exception {
        private static final long serialVersionUID = 1L;

        DateTimeParseError(String message) {
            super(message, null, false, false);
        }
    }

    public static Instant parse(String text) throws DateTimeParseError {
        Cursor c = new Cursor(text);
        int year = c.digits(4);
        c.expect('-');
        int month = c.digits(2);
        c.expect('-');
        int day = c.digits(2);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new DateTimeParseError("input is out of range");
        }
        c.expectAny("Tt ");
        int hour = c.digits(2);
        c.expect(':');
        int minute = c.digits(2);
        c.expect(':');
        int second = c.digits(2);
        if (hour > 23 || minute > 59 || second > 60) {
            throw new DateTimeParseError("input is out of range");
        }
        int nanos = 0;
        if (c.peek() == '.') {
            c.next();
            int digits = 0;
            while (Character.isDigit(c.peek())) {
                if (digits < 9) {
                    nanos = nanos * 10 + (c.next() - '0');
                } else {
                    c.next();
                }
                digits++;
            }
            if (digits == 0) {
                throw new DateTimeParseError("input contains invalid characters");
            }
            for (int i = Math.min(digits, 9); i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        char zone = c.peek();
        if (zone == 'Z' || zone == 'z') {
            c.next();
            offsetSeconds = 0;
        } else if (zone == '+' || zone == '-') {
            c.next();
            int oh = c.digits(2);
            c.expect(':');
            int om = c.digits(2);
            if (oh > 23 || om > 59) {
                throw new DateTimeParseError("input is out of range");
            }
            offsetSeconds = (zone == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else if (zone == 0) {
            throw new DateTimeParseError("premature end of input");
        } else {
            throw new DateTimeParseError("input contains invalid characters");
        }
        if (!c.atEnd()) {
            throw new DateTimeParseError("trailing input");
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59), nanos);
            return local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            throw new DateTimeParseError("input is out of range");
        }
    }

    private static final class Cursor {
        private final String text;
        private int pos;

        Cursor(String text) {
            this.text = text;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        char next() {
            return text.charAt(pos++);
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        int digits(int count) throws DateTimeParseError {
            int value = 0;
            for (int i = 0; i < count; i++) {
                if (atEnd()) {
                    throw new DateTimeParseError("premature end of input");
                }
                char ch = next();
                if (!Character.isDigit(ch)) {
                    throw new DateTimeParseError("input contains invalid characters");
                }
                value = value * 10 + (ch - '0');
            }
            return value;
        }

        void expect(char expected) throws DateTimeParseError {
            expectAny(String.valueOf(expected));
        }

        void expectAny(String chars) throws DateTimeParseError {
            if (atEnd()) {
                throw new DateTimeParseError("premature end of input");
            }
            if (chars.indexOf(next()) < 0) {
                throw new DateTimeParseError("input contains invalid characters");
            }
        }
    }

    /**
     * DateTime text as databases and drivers store it, {@code 2024-01-01T10:00:00[.fraction][Z|+hh|+hh:mm|+hhmm]}
     * (or a space for the T; no offset means UTC), read by hand since every DateTime value read from SQLite
     * or from joined JSON passes here; null for any other form (the caller falls back to a general parser).
     */
    public static Instant parseStored(String text) {
        int n = text.length();
        if (n < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) != 'T' && text.charAt(10) != ' ')
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(text.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (text.charAt(i) - '0');
                }
                i++;
            }
            if (i == start) {
                return null;
            }
            for (int d = Math.min(i - start, 9); d < 9; d++) {
                nanos *= 10;
            }
        }
        int offset = 0;
        if (i < n) {
            char sign = text.charAt(i);
            if (sign == 'Z' && i == n - 1) {
                offset = 0;
            } else if ((sign == '+' || sign == '-') && (n - i == 3 || n - i == 5 || n - i == 6)) {
                int hours = digits(text, i + 1, 2);
                int minutes = n - i == 3 ? 0 : digits(text, n - 2, 2);
                if (hours < 0 || minutes < 0 || (n - i == 6 && text.charAt(i + 3) != ':')) {
                    return null;
                }
                offset = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
            } else {
                return null;
            }
        }
        try {
            long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
            long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset;
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code text[start, start + count)}, or -1 if it is not all digits. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
