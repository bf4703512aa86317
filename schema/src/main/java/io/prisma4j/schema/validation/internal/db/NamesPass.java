package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Identifier;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.NameMessages;
import io.prisma4j.schema.model.ScalarType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First pass: declares every model, view, enum, composite type, datasource and generator, and checks
 * names: reserved names, identifier rules, and duplicates in each namespace (top-level types, fields of
 * one model, values of one enum, keys of one configuration block).
 */
final class NamesPass {
    /** Names the generated client cannot use for a type (Prisma's list: JavaScript keywords and more). */
    private static final Set<String> RESERVED_TYPE_NAMES = Set.of("PrismaClient", "break", "case", "catch",
            "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends",
            "false", "finally", "for", "function", "if", "implements", "import", "in", "instanceof", "interface",
            "let", "new", "null", "package", "private", "protected", "public", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield");

    private final SchemaDb db;
    private final Diagnostics diagnostics;
    private final Map<String, String> typeNamespace = new HashMap<>();
    private final Map<String, String> datasourceNamespace = new HashMap<>();
    private final Map<String, String> generatorNamespace = new HashMap<>();

    private NamesPass(SchemaDb db, Diagnostics diagnostics) {
        this.db = db;
        this.diagnostics = diagnostics;
    }

    static void run(SchemaDb db, Diagnostics diagnostics) {
        new NamesPass(db, diagnostics).run();
    }

    static boolean isReservedTypeName(String name) {
        return RESERVED_TYPE_NAMES.contains(name);
    }

    private void run() {
        List<Top> tops = db.ast().tops();
        for (int order = 0; order < tops.size(); order++) {
            Top top = tops.get(order);
            if (top instanceof Top.EnumBlock block) {
                reservedScalarName(block.name());
                EnumInfo info = new EnumInfo(block);
                db.enums.add(info);
                enumNames(block);
                declare(typeNamespace, block.name(), "enum", info);
            } else if (top instanceof Top.ModelBlock block && block.kind() == Top.BlockKind.COMPOSITE_TYPE) {
                reservedScalarName(block.name());
                CompositeTypeInfo info = new CompositeTypeInfo(block, order);
                db.compositeTypes.add(info);
                identifier(block.name(), "Composite type");
                Set<String> seen = new HashSet<>();
                block.fields().forEach(field -> {
                    if (!seen.add(field.nameText())) {
                        diagnostics.add(NameMessages.duplicateCompositeTypeField(block.name().name(),
                                field.nameText(), field.name().span()));
                    }
                    info.namedFields.put(field.nameText(), field);
                });
                declare(typeNamespace, block.name(), "composite type", info);
            } else if (top instanceof Top.ModelBlock block) {
                reservedScalarName(block.name());
                ModelInfo info = new ModelInfo(block, order);
                db.models.add(info);
                modelNames(block, info);
                declare(typeNamespace, block.name(), block.kind().keyword(), info);
            } else if (top instanceof Top.ConfigBlock block) {
                reservedScalarName(block.name());
                duplicateKeys(block);
                declare(block.kind() == Top.ConfigKind.DATASOURCE ? datasourceNamespace : generatorNamespace,
                        block.name(), typeName(block), null);
            }
        }
    }

    private void reservedScalarName(Identifier name) {
        if (ScalarType.fromName(name.name()).isPresent()) {
            diagnostics.add(NameMessages.reservedScalarTypeName(name.name(), name.span()));
        }
    }

    private void enumNames(Top.EnumBlock block) {
        identifier(block.name(), "Enum");
        if (isReservedTypeName(block.name().name())) {
            diagnostics.add(NameMessages.reservedEnumName(block.name().name(), block.span()));
        }
        attributeNames(block.attributes().toList());
        Set<String> seen = new HashSet<>();
        block.values().forEach(value -> {
            identifier(value.name(), "Enum Value");
            attributeNames(value.attributes());
            if (!seen.add(value.name().name())) {
                diagnostics.add(NameMessages.duplicateEnumValue(block.name().name(), value.name().name(),
                        value.span()));
            }
        });
    }

    private void modelNames(Top.ModelBlock block, ModelInfo info) {
        boolean view = block.kind() == Top.BlockKind.VIEW;
        identifier(block.name(), view ? "view" : "Model");
        if (isReservedTypeName(block.name().name())) {
            diagnostics.add(NameMessages.reservedModelName(block.kind().keyword(), block.name().name(),
                    block.span()));
        }
        attributeNames(block.attributes().toList());
        block.fields().forEach(field -> {
            identifier(field.name(), view ? "field" : "Field");
            attributeNames(field.attributes());
            if (info.namedFields.put(field.nameText(), field) != null) {
                diagnostics.add(NameMessages.duplicateField(block.name().name(), field.nameText(),
                        block.kind().keyword(), field.name().span()));
            }
        });
    }

    private void duplicateKeys(Top.ConfigBlock block) {
        Set<String> seen = new HashSet<>();
        for (BlockItem.Property property : block.properties().toList()) {
            if (!seen.add(property.name().name())) {
                diagnostics.add(NameMessages.duplicateConfigKey(typeName(block) + " \"" + block.name().name()
                        + "\"", property.name().name(), property.name().span()));
            }
        }
    }

    /** How Prisma names a configuration block in messages: {@code source} or {@code generator}. */
    private static String typeName(Top.ConfigBlock block) {
        return block.kind() == Top.ConfigKind.DATASOURCE ? "source" : "generator";
    }

    private void attributeNames(List<Attribute> attributes) {
        for (Attribute attribute : attributes) {
            identifier(new Identifier(attribute.name(), attribute.nameSpan()), "Attribute");
        }
    }

    private void identifier(Identifier identifier, String item) {
        String name = identifier.name();
        if (name.isEmpty()) {
            diagnostics.add(NameMessages.emptyName(item, identifier.span()));
        } else if (Character.isDigit(name.charAt(0))) {
            diagnostics.add(NameMessages.nameStartsWithNumber(item, identifier.span()));
        } else if (name.contains("-")) {
            diagnostics.add(NameMessages.nameContainsDash(item, identifier.span()));
        }
    }

    /** Adds a name to its namespace, reporting the later declaration when the name is taken. */
    private void declare(Map<String, String> namespace, Identifier name, String type, Object info) {
        String existing = namespace.put(name.name(), type);
        if (existing != null) {
            diagnostics.add(NameMessages.duplicateTop(name.name(), type, existing, name.span()));
        }
        if (info != null) {
            db.types.put(name.name(), info);
        }
    }
}
