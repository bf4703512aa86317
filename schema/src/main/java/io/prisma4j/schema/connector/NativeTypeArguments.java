package io.prisma4j.schema.connector;

import java.util.List;

/**
 * The argument shapes a native type takes ({@code @db.VarChar(255)}, {@code @db.Decimal(10, 2)}), with
 * how many arguments are required or optional and how Prisma describes a bad value.
 */
public enum NativeTypeArguments {
    /** No arguments: {@code @db.Text}. */
    NONE(0, 0, ""),
    /** One required integer: MySQL {@code @db.VarChar(255)}. */
    INTEGER(1, 0, "a nonnegative integer"),
    /** An optional integer: PostgreSQL {@code @db.VarChar} or {@code @db.VarChar(255)}. */
    OPTIONAL_INTEGER(0, 1, "a nonnegative integer"),
    /** Optional precision and scale: {@code @db.Decimal(10, 2)}. */
    OPTIONAL_INTEGER_PAIR(0, 2, "two nonnegative integers"),
    /** An optional integer or {@code Max}: SQL Server {@code @db.NVarChar(Max)}. */
    OPTIONAL_INTEGER_OR_MAX(0, 1, "an integer or `Max`");

    private final int required;
    private final int optional;
    private final String description;

    NativeTypeArguments(int required, int optional, String description) {
        this.required = required;
        this.optional = optional;
        this.description = description;
    }

    public int requiredCount() {
        return required;
    }

    public int optionalCount() {
        return optional;
    }

    /** What a valid argument list looks like, in the words of Prisma's "Expected ..." error. */
    public String description() {
        return description;
    }

    /**
     * Parses the arguments as written; returns {@code null} when they do not fit this shape (each
     * element is a non-negative integer, or {@code -1} for {@code Max}).
     */
    public long[] parse(List<String> args) {
        if (args.isEmpty() && required == 0) {
            return new long[0];
        }
        switch (this) {
            case INTEGER, OPTIONAL_INTEGER -> {
                if (args.size() != 1) {
                    return null;
                }
                Long value = unsigned32(args.get(0));
                return value == null ? null : new long[] {value};
            }
            case OPTIONAL_INTEGER_PAIR -> {
                if (args.size() != 2) {
                    return null;
                }
                Long a = unsigned32(args.get(0));
                Long b = unsigned32(args.get(1));
                return a == null || b == null ? null : new long[] {a, b};
            }
            case OPTIONAL_INTEGER_OR_MAX -> {
                if (args.size() != 1) {
                    return null;
                }
                if (args.get(0).equalsIgnoreCase("max")) {
                    return new long[] {-1};
                }
                Long value = unsigned32(args.get(0));
                return value == null || value > 65535 ? null : new long[] {value};
            }
            default -> {
                return null;
            }
        }
    }

    private static Long unsigned32(String text) {
        if (text.isEmpty() || text.length() > 10) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        long value = Long.parseLong(text);
        return value > 0xFFFF_FFFFL ? null : value;
    }
}
