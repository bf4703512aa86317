package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.ModelMessages;
import io.prisma4j.schema.validation.internal.db.CompositeFieldInfo;
import io.prisma4j.schema.validation.internal.db.CompositeTypeInfo;
import io.prisma4j.schema.validation.internal.db.DefaultInfo;
import io.prisma4j.schema.validation.internal.db.ScalarKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/** Rules on composite types: support, cycles of required fields, at least one field, defaults, native types. */
final class CompositeTypeRules {
    private final ValidationContext ctx;

    CompositeTypeRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void validate() {
        cycles();
        NativeTypeRules nativeTypes = new NativeTypeRules(ctx);
        DefaultValueRules defaults = new DefaultValueRules(ctx);
        for (CompositeTypeInfo type : ctx.db.compositeTypes()) {
            if (!ctx.has(Capability.COMPOSITE_TYPES)) {
                ctx.report(ModelMessages.compositeTypesNotSupported(ctx.connectorName(), type.span()));
            }
            if (ctx.diagnostics.hasErrors()) {
                continue;
            }
            if (type.block().fields().findAny().isEmpty()) {
                ctx.report(ModelMessages.compositeTypeWithoutFields(type.span()));
            }
            for (CompositeFieldInfo field : type.fields()) {
                DefaultInfo value = field.defaultValue();
                if (value != null && value.mappedName() != null) {
                    ctx.report(ModelMessages.compositeDefaultWithMap(value.attribute().span()));
                }
                defaults.validate(value == null ? null : value.value(), field.scalarType());
                nativeTypes.validate(field.scalarType(), field.nativeType());
            }
        }
    }

    /** A required field whose type leads back to its own type through required fields only. */
    private void cycles() {
        record Step(CompositeFieldInfo field, List<CompositeTypeInfo> path) {
        }
        record Found(CompositeTypeInfo type, Diagnostic error) {
        }
        List<Found> errors = new ArrayList<>();
        Deque<Step> pending = new ArrayDeque<>();
        for (CompositeTypeInfo type : ctx.db.compositeTypes()) {
            for (CompositeFieldInfo field : type.fields()) {
                if (field.arity().isRequired()) {
                    pending.push(new Step(field, null));
                }
            }
        }
        List<CompositeTypeInfo> visited = new ArrayList<>();
        while (!pending.isEmpty()) {
            Step step = pending.pop();
            CompositeFieldInfo field = step.field();
            List<CompositeTypeInfo> path = step.path();
            if (path == null) {
                visited.clear();
                path = List.of(field.owner());
            }
            if (!(field.kind() instanceof ScalarKind.Composite composite)) {
                continue;
            }
            CompositeTypeInfo target = composite.type();
            if (target == field.owner()) {
                errors.add(new Found(target, ModelMessages.compositeTypeSelfCycle(field.owner().name(), field.name(),
                        field.span())));
            } else if (!visited.isEmpty() && visited.get(0) == target) {
                errors.add(new Found(target, ModelMessages.compositeTypeCycle(render(path), field.owner().name(),
                        field.name(), field.span())));
            } else {
                visited.add(target);
                for (CompositeFieldInfo next : target.fields()) {
                    if (next.arity().isRequired()) {
                        List<CompositeTypeInfo> longer = new ArrayList<>(path);
                        longer.add(next.owner());
                        pending.push(new Step(next, longer));
                    }
                }
            }
        }
        errors.sort(Comparator.comparingInt(found -> found.type().order()));
        errors.forEach(found -> ctx.report(found.error()));
    }

    /** The path from the newest type back to the first, as Prisma prints it: {@code `C` → `B` → `A`}. */
    private static String render(List<CompositeTypeInfo> path) {
        List<String> names = new ArrayList<>();
        for (int i = path.size() - 1; i >= 0; i--) {
            names.add("`" + path.get(i).name() + "`");
        }
        return String.join(" → ", names);
    }
}
