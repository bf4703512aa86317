package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.connector.ConstraintScope;
import io.prisma4j.schema.connector.NativeTypeConstructor;
import io.prisma4j.schema.connector.NativeTypeInstance;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.schema.validation.internal.db.DefaultInfo;
import io.prisma4j.schema.validation.internal.db.FieldInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;
import io.prisma4j.schema.validation.internal.db.ScalarKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules on one scalar field: types the database supports, client names, native types and defaults. */
final class FieldRules {
    /** {@code Unsupported("prefix(params)suffix")}: the parts Prisma tries as a native type. */
    private static final Pattern UNSUPPORTED = Pattern.compile("^(?<prefix>[^(]+)(?:\\((?<params>.*?)\\))?(?<suffix>.+)?$");

    private final ValidationContext ctx;
    private final Names names;
    private final NativeTypeRules nativeTypes;
    private final DefaultValueRules defaults;

    FieldRules(ValidationContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
        this.nativeTypes = new NativeTypeRules(ctx);
        this.defaults = new DefaultValueRules(ctx);
    }

    void validate(ScalarFieldInfo field) {
        connectorSupport(field);
        clientName(field);
        defaultConstraintName(field);
        nativeTypes.validate(field.scalarType(), field.nativeType());
        defaultValue(field);
        if (!field.model().isView()) {
            unsupportedType(field);
        }
    }

    private void connectorSupport(ScalarFieldInfo field) {
        ModelInfo model = field.model();
        String container = model.containerType();
        if (field.kind().isBuiltIn(ScalarType.JSON)) {
            if (!ctx.has(Capability.JSON)) {
                ctx.report(ModelMessages.jsonNotSupported(container, model.name(), field.name(), field.span()));
            }
            if (field.arity().isList() && !ctx.has(Capability.JSON_LISTS)) {
                ctx.report(ModelMessages.jsonListNotSupported(container, model.name(), field.name(), field.span()));
            }
        } else if (field.kind().isBuiltIn(ScalarType.DECIMAL) && !ctx.has(Capability.DECIMAL)) {
            ctx.report(ModelMessages.decimalNotSupported(container, model.name(), field.name(), field.span()));
        }
        if (field.arity().isList() && !ctx.has(Capability.SCALAR_LISTS)) {
            ctx.report(ModelMessages.scalarListsNotSupported(container, model.name(), field.name(), field.span()));
        }
    }

    /** A field named like the client name of an index, unique or id of its model. */
    void clientName(FieldInfo field) {
        ModelInfo model = field.model();
        if (names.indexNameTaken(model, field.name())) {
            ctx.report(ModelMessages.clientNameTakenByField("@@index", field.name(), model.containerType(),
                    model.name(), model.span()));
        }
        if (names.uniqueNameTaken(model, field.name())) {
            ctx.report(ModelMessages.clientNameTakenByField("@@unique", field.name(), model.containerType(),
                    model.name(), model.span()));
        }
        if (names.primaryKeyNameTaken(model, field.name())) {
            ctx.report(ModelMessages.clientNameTakenByField("@@id", field.name(), model.containerType(),
                    model.name(), model.span()));
        }
    }

    private void defaultConstraintName(ScalarFieldInfo field) {
        DefaultInfo value = field.defaultValue();
        if (value == null) {
            return;
        }
        String name = Names.constraintName(value, field, ctx);
        for (ConstraintScope scope : names.constraints.violations(field.model(), ConstraintNamespace.Kind.DEFAULT,
                name)) {
            ctx.report(ModelMessages.constraintNameClash(name, scope.description(field.model().name()), "@default",
                    Spans.fieldArgument(field.ast(), "default", "map")));
        }
    }

    private void defaultValue(ScalarFieldInfo field) {
        DefaultInfo value = field.defaultValue();
        if (value != null && value.mappedName() != null) {
            if (!ctx.has(Capability.NAMED_DEFAULT_VALUES)) {
                ctx.report(ModelMessages.namedDefaultNotSupported(value.attribute().span()));
            }
            DatabaseNames.tooLong(field.model().name(), value.attribute(), value.mappedName(), false, ctx);
        }
        defaults.validate(value == null ? null : value.value(), field.scalarType());
        defaults.validateAuto(value == null ? null : value.value());
    }

    /** {@code Unsupported("...")} naming a type the database supports natively. */
    private void unsupportedType(ScalarFieldInfo field) {
        if (ctx.datasource == null || !(field.kind() instanceof ScalarKind.Unsupported unsupported)) {
            return;
        }
        Matcher matcher = UNSUPPORTED.matcher(unsupported.databaseType());
        if (!matcher.matches()) {
            return;
        }
        String prefix = matcher.group("prefix").trim();
        List<String> args = new ArrayList<>();
        if (matcher.group("params") != null) {
            for (String part : matcher.group("params").split(",", -1)) {
                args.add(part.trim());
            }
        }
        NativeTypeConstructor constructor = ctx.connector.nativeTypes().find(prefix).orElse(null);
        long[] parsed = constructor == null ? null : constructor.arguments().parse(args);
        if (parsed == null || ctx.connector.provider() == io.prisma4j.schema.connector.Provider.MONGODB) {
            return;
        }
        NativeTypeInstance instance = new NativeTypeInstance(constructor, parsed);
        ctx.report(ModelMessages.unsupportedIsNativeType(unsupported.databaseType(), field.name(),
                ctx.connector.nativeTypes().scalarTypeFor(instance).prismaName(), ctx.datasource.name(),
                instance.toString(), field.span()));
    }
}
