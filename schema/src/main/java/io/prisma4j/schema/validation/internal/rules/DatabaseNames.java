package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.diagnostics.ModelMessages;

import java.nio.charset.StandardCharsets;

/** Database names given with {@code map:} must fit the database's identifier length. */
final class DatabaseNames {
    private DatabaseNames() {
    }

    static void tooLong(String model, Attribute attribute, String name, boolean blockAttribute,
                        ValidationContext ctx) {
        if (name == null || ctx.connector == null) {
            return;
        }
        int max = ctx.connector.maxIdentifierLength();
        if (name.getBytes(StandardCharsets.UTF_8).length > max) {
            ctx.report(ModelMessages.constraintNameTooLong(name, (blockAttribute ? "@@" : "@") + attribute.name(), max,
                    model, attribute.span()));
        }
    }
}
