package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.Set;

/** CockroachDB: autoincrement only on BigInt; {@code sequence()} defaults with their options. */
final class CockroachRules implements ConnectorRules {
    private static final Set<String> SEQUENCE_ARGUMENTS = Set.of("virtual", "cache", "increment", "minValue",
            "maxValue", "start");

    @Override
    public void validateModel(ModelInfo model, ValidationContext ctx) {
        for (ScalarFieldInfo field : model.scalarFields()) {
            if (field.isAutoincrement() && field.scalarType() != ScalarType.BIGINT) {
                ctx.report(ModelMessages.cockroachAutoincrementOnInt(field.defaultValue().attribute().span()));
            }
        }
    }

    @Override
    public boolean knowsDefaultFunction(ScalarFieldInfo field, Expression.FunctionCall call, ValidationContext ctx) {
        if (!call.name().equals("sequence")) {
            return false;
        }
        for (Argument argument : call.arguments().arguments()) {
            if (!argument.isNamed() || !SEQUENCE_ARGUMENTS.contains(argument.name().name())) {
                ctx.report(ModelMessages.unexpectedSequenceArgument(argument.span()));
            }
        }
        return true;
    }
}
