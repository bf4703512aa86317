package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.model.ScalarType;

import java.math.BigDecimal;

/**
 * Default values that parse as the field's type: valid JSON, base64, RFC 3339 date-times, 64-bit
 * integers and decimals; and {@code auto()} only where the database generates ids.
 */
final class DefaultValueRules {
    private final ValidationContext ctx;

    DefaultValueRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void validate(Expression value, ScalarType type) {
        if (type == null || value == null) {
            return;
        }
        if (value instanceof Expression.ArrayValue array) {
            array.values().forEach(item -> validate(item, type));
            return;
        }
        if (value instanceof Expression.StringValue string) {
            String text = string.value();
            switch (type) {
                case JSON -> report(text, "JSON string", JsonSyntax.problem(text), "@default", string);
                case BYTES -> report(text, "base64 string", validBase64(text) ? null
                        : "Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`", "@default", string);
                case DATETIME -> report(text, "rfc3339 datetime string", Rfc3339.problem(text), "@default", string);
                // Prisma names the attribute without its at sign here.
                case DECIMAL -> report(text, "decimal", decimalProblem(text), "default", string);
                default -> {
                }
            }
        } else if (value instanceof Expression.NumericValue number
                && (type == ScalarType.INT || type == ScalarType.BIGINT)) {
            report(number.text(), "integer", integerProblem(number.text()), "@default", number);
        }
    }

    /** {@code @default(auto())} needs a database that generates such values (MongoDB). */
    void validateAuto(Expression value) {
        if (ctx.has(Capability.DEFAULT_VALUE_AUTO) || value == null) {
            return;
        }
        if (value instanceof Expression.FunctionCall call && call.name().equals("auto")) {
            ctx.report(ModelMessages.autoNotSupported(call.span()));
        }
    }

    private void report(String value, String what, String problem, String attribute, Expression at) {
        if (problem != null) {
            ctx.report(ModelMessages.invalidDefaultLiteral(value, what, problem, attribute, at.span()));
        }
    }

    /** As Rust parses an {@code i64}. */
    static String integerProblem(String text) {
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (text.isEmpty()) {
            return "cannot parse integer from empty string";
        }
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return "invalid digit found in string";
        }
        try {
            Long.parseLong(text);
            return null;
        } catch (NumberFormatException e) {
            return text.startsWith("-") ? "number too small to fit in target type"
                    : "number too large to fit in target type";
        }
    }

    private static String decimalProblem(String text) {
        if (text.isEmpty()) {
            return "Failed to parse empty string";
        }
        try {
            new BigDecimal(text);
            return null;
        } catch (NumberFormatException e) {
            return "invalid digit found in string";
        }
    }

    /** Standard, padded base64 with no stray bits in the last symbol. */
    static boolean validBase64(String text) {
        if (text.length() % 4 != 0) {
            return false;
        }
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        int end = text.length() - padding;
        for (int i = 0; i < end; i++) {
            if (alphabet.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        if (padding > 0) {
            int last = alphabet.indexOf(text.charAt(end - 1));
            int unusedBits = padding == 2 ? 4 : 2;
            return (last & ((1 << unusedBits) - 1)) == 0;
        }
        return true;
    }
}
