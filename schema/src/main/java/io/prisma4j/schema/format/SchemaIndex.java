package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldType;
import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names a schema declares, resolved just far enough for the relation repairs: which field types
 * are models (relation fields), which are scalars, enums or composite types. Models and views are
 * both "models" here, as in Prisma's parser database; the first declaration of a name wins.
 */
final class SchemaIndex {
    static final Set<String> BUILTIN_SCALARS =
            Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");

    private final SchemaAst ast;
    private final Map<String, Top.ModelBlock> models = new LinkedHashMap<>();
    private final Set<String> enums = new HashSet<>();
    private final Set<String> compositeTypes = new HashSet<>();
    private final List<String> duplicateNames = new ArrayList<>();

    SchemaIndex(SchemaAst ast) {
        this.ast = ast;
        Set<String> seen = new HashSet<>();
        for (Top top : ast.tops()) {
            String name = topName(top);
            if (name == null) {
                continue;
            }
            if (!seen.add(name)) {
                duplicateNames.add(name);
                continue;
            }
            if (top instanceof Top.ModelBlock model) {
                if (model.kind() == Top.BlockKind.COMPOSITE_TYPE) {
                    compositeTypes.add(name);
                } else {
                    models.put(name, model);
                }
            } else if (top instanceof Top.EnumBlock) {
                enums.add(name);
            }
        }
    }

    private static String topName(Top top) {
        if (top instanceof Top.ModelBlock model) {
            return model.name().name();
        }
        if (top instanceof Top.EnumBlock enumBlock) {
            return enumBlock.name().name();
        }
        return null;
    }

    SchemaAst ast() {
        return ast;
    }

    /** Models and views in declaration order (file order, then position). */
    List<Top.ModelBlock> models() {
        return List.copyOf(models.values());
    }

    Optional<Top.ModelBlock> model(String name) {
        return Optional.ofNullable(models.get(name));
    }

    List<String> duplicateNames() {
        return duplicateNames;
    }

    /** Whether a field of this type is a relation field (its type names a model or view). */
    boolean isRelation(FieldType type) {
        return type != null && !type.isUnsupported() && models.containsKey(type.name());
    }

    /** Whether a type name means anything: a built-in scalar, an enum, a composite type or a model. */
    boolean isKnown(FieldType type) {
        if (type.isUnsupported()) {
            return true;
        }
        String name = type.name();
        return BUILTIN_SCALARS.contains(name) || enums.contains(name) || compositeTypes.contains(name)
                || models.containsKey(name);
    }

    /** The fields of a model whose type is not a model, in declaration order. */
    List<BlockItem.Field> scalarFields(Top.ModelBlock model) {
        return model.fields().filter(f -> !isRelation(f.type())).toList();
    }

    Optional<BlockItem.Field> scalarField(Top.ModelBlock model, String name) {
        return scalarFields(model).stream().filter(f -> f.nameText().equals(name)).findFirst();
    }

    static boolean hasAttribute(BlockItem.Field field, String name) {
        return field.attributes().stream().anyMatch(a -> a.name().equals(name));
    }

    static Optional<Attribute> blockAttribute(Top.ModelBlock model, String name) {
        return model.attributes().filter(a -> a.name().equals(name)).findFirst();
    }
}
