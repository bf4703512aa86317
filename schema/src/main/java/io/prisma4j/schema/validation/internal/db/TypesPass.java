package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldType;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.NameMessages;
import io.prisma4j.schema.model.ScalarType;

/**
 * Second pass: resolves the type of every field (built-in scalar, enum, composite type, model or
 * {@code Unsupported}) and reports unknown types, with a suggestion when only the case differs.
 */
final class TypesPass {
    private final SchemaDb db;
    private final Diagnostics diagnostics;

    private TypesPass(SchemaDb db, Diagnostics diagnostics) {
        this.db = db;
        this.diagnostics = diagnostics;
    }

    static void run(SchemaDb db, Diagnostics diagnostics) {
        new TypesPass(db, diagnostics).run();
    }

    private void run() {
        // Walk the declarations in schema order, as the errors must come out in that order.
        int models = 0;
        int enums = 0;
        int composites = 0;
        for (Object top : db.ast().tops()) {
            if (top instanceof io.prisma4j.schema.ast.Top.EnumBlock) {
                EnumInfo info = db.enums.get(enums++);
                if (info.values().isEmpty()) {
                    diagnostics.add(NameMessages.emptyEnum(info.span()));
                }
            } else if (top instanceof io.prisma4j.schema.ast.Top.ModelBlock block) {
                if (block.kind() == io.prisma4j.schema.ast.Top.BlockKind.COMPOSITE_TYPE) {
                    compositeFields(db.compositeTypes.get(composites++));
                } else {
                    modelFields(db.models.get(models++));
                }
            }
        }
    }

    private void modelFields(ModelInfo model) {
        model.block().fields().forEach(field -> {
            Object type = resolve(field);
            FieldInfo info = null;
            if (type instanceof ModelInfo related) {
                RelationFieldInfo relationField = new RelationFieldInfo(model, field, related);
                db.relationFields.add(relationField);
                info = relationField;
            } else if (type instanceof ScalarKind kind) {
                info = new ScalarFieldInfo(model, field, kind);
            }
            if (info != null) {
                model.fields.add(info);
                model.resolved.put(field, info);
            }
        });
    }

    private void compositeFields(CompositeTypeInfo type) {
        type.block().fields().forEach(field -> {
            Object resolved = resolve(field);
            if (resolved instanceof ScalarKind kind) {
                CompositeFieldInfo info = new CompositeFieldInfo(type, field, kind);
                type.fields.add(info);
                type.resolved.put(field, info);
            } else if (resolved instanceof ModelInfo model) {
                diagnostics.add(NameMessages.relationFieldInCompositeType(model.name(), type.name(),
                        field.type().span()));
            }
        });
    }

    /** A {@link ScalarKind}, a {@link ModelInfo}, or {@code null} after reporting an unknown type. */
    private Object resolve(BlockItem.Field field) {
        FieldType type = field.type();
        if (type.isUnsupported()) {
            return new ScalarKind.Unsupported(type.unsupported());
        }
        String name = type.name();
        ScalarType scalar = ScalarType.fromName(name).orElse(null);
        if (scalar != null) {
            return new ScalarKind.BuiltIn(scalar);
        }
        Object declared = db.types.get(name);
        if (declared instanceof ModelInfo model) {
            return model;
        } else if (declared instanceof EnumInfo enumInfo) {
            return new ScalarKind.Enum(enumInfo);
        } else if (declared instanceof CompositeTypeInfo composite) {
            return new ScalarKind.Composite(composite);
        }
        String suggestion = suggestion(name);
        diagnostics.add(suggestion == null ? NameMessages.typeNotFound(name, type.span())
                : NameMessages.typeNotFound(name, suggestion, type.span()));
        return null;
    }

    /** A known type whose name differs from {@code name} only by case. */
    private String suggestion(String name) {
        for (ScalarType scalar : ScalarType.values()) {
            if (scalar.prismaName().equalsIgnoreCase(name)) {
                return scalar.prismaName();
            }
        }
        for (String declared : db.types.keySet()) {
            if (declared.equalsIgnoreCase(name)) {
                return declared;
            }
        }
        return null;
    }
}
