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
}
