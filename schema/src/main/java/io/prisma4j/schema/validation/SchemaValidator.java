package io.prisma4j.schema.validation;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.diagnostics.Diagnostics;

/**
 * Runs the validation passes over a parsed schema in Prisma's order, reporting every problem to the
 * diagnostics (it never stops at the first error).
 */
public final class SchemaValidator {
    private SchemaValidator() {
    }

    public static void validate(SchemaAst ast, Diagnostics diagnostics) {
        // Validation passes are added here in Prisma's order.
    }
}
