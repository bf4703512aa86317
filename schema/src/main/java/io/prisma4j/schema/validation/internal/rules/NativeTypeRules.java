package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.NativeTypeConstructor;
import io.prisma4j.schema.connector.NativeTypeInstance;
import io.prisma4j.schema.connector.NativeTypes;
import io.prisma4j.schema.diagnostics.NativeTypeMessages;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.schema.validation.internal.db.NativeTypeAttribute;

import java.util.Optional;

/**
 * {@code @db.*} attributes: the datasource prefix, whether the database has the type, the number of
 * arguments, the field type it backs, and argument ranges.
 */
final class NativeTypeRules {
    private final ValidationContext ctx;

    NativeTypeRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void validate(ScalarType scalarType, NativeTypeAttribute nativeType) {
        if (scalarType == null || nativeType == null) {
            return;
        }
        String connectorName = ctx.datasource == null ? "Default" : ctx.connector.provider().prismaName();
        if (ctx.datasource != null && !ctx.datasource.name().equals(nativeType.scope())) {
            ctx.report(NativeTypeMessages.invalidPrefix(nativeType.scope(), ctx.datasource.name(),
                    ctx.datasource.name() + "." + nativeType.name(), nativeType.span()));
        }
        NativeTypes types = nativeTypes();
        NativeTypeConstructor constructor = types.find(nativeType.name()).orElse(null);
        if (constructor == null) {
            ctx.report(NativeTypeMessages.notSupported(connectorName, nativeType.name(), nativeType.span()));
            return;
        }
        int count = nativeType.arguments().size();
        int required = constructor.arguments().requiredCount();
        int optional = constructor.arguments().optionalCount();
        if (count < required || (count > required && optional == 0)) {
            ctx.report(NativeTypeMessages.argumentCount(nativeType.name(), required, count, nativeType.span()));
            return;
        }
        if (count > required + optional && optional > 0) {
            ctx.report(NativeTypeMessages.optionalArgumentCount(nativeType.name(), optional, count,
                    nativeType.span()));
            return;
        }
        if (!constructor.scalarTypes().contains(scalarType)) {
            ctx.report(NativeTypeMessages.incompatibleWithFieldType(nativeType.name(), scalarType.prismaName(),
                    String.join(" or ", constructor.scalarTypes().stream().map(ScalarType::prismaName).toList()),
                    nativeType.span()));
            return;
        }
        long[] arguments = constructor.arguments().parse(nativeType.arguments());
        if (arguments == null) {
            ctx.report(NativeTypeMessages.badArguments(constructor.arguments().description(),
                    "(" + String.join(", ", nativeType.arguments()) + ")", nativeType.span()));
            return;
        }
        NativeTypeInstance instance = new NativeTypeInstance(constructor, arguments);
        types.argumentProblem(instance, scalarType).ifPresent(problem ->
                ctx.report(NativeTypeMessages.argumentProblem(problem, instance, ctx.connectorName(),
                        nativeType.span())));
    }

    private NativeTypes nativeTypes() {
        return ctx.connector == null ? NativeTypes.none()
                : ctx.connector.nativeTypes();
    }

    /** The parsed native type of an attribute, when it is valid for the database. */
    static Optional<NativeTypeInstance> instance(NativeTypeAttribute nativeType, ValidationContext ctx) {
        if (nativeType == null || ctx.connector == null) {
            return Optional.empty();
        }
        return ctx.connector.nativeTypes().find(nativeType.name()).flatMap(constructor -> {
            long[] arguments = constructor.arguments().parse(nativeType.arguments());
            return arguments == null ? Optional.empty() : Optional.of(new NativeTypeInstance(constructor, arguments));
        });
    }
}
