package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a schema resolves well enough for the relation repairs. Prisma repairs only a schema
 * its parser database accepts (it parses, names resolve, attributes are known and point at existing
 * fields); anything else is formatted as it is, and validation reports the problem afterwards. This is
 * the subset of those checks that the repairs depend on.
 */
final class RepairBlockers {
    private static final Set<String> FIELD_ATTRIBUTES =
            Set.of("id", "unique", "default", "updatedAt", "map", "relation", "ignore", "shardKey");
    private static final Set<String> MODEL_ATTRIBUTES =
            Set.of("id", "unique", "index", "fulltext", "map", "ignore", "schema", "shardKey");

    private RepairBlockers() {
    }

    static boolean blocked(SchemaIndex index, Diagnostics parseDiagnostics) {
        if (parseDiagnostics.hasErrors() || !index.duplicateNames().isEmpty()) {
            return true;
        }
        for (Top top : index.ast().tops()) {
            if (top instanceof Top.ModelBlock block && block.kind() == Top.BlockKind.COMPOSITE_TYPE
                    && block.fields().anyMatch(f -> !index.isKnown(f.type()) || index.isRelation(f.type()))) {
                return true;
            }
        }
        for (Top.ModelBlock model : index.models()) {
            if (modelBlocks(index, model)) {
                return true;
            }
        }
        return false;
    }

    private static boolean modelBlocks(SchemaIndex index, Top.ModelBlock model) {
        Set<String> names = new HashSet<>();
        for (BlockItem.Field field : model.fields().toList()) {
            if (!names.add(field.nameText()) || !index.isKnown(field.type())) {
                return true;
            }
            if (attributesBlock(field.attributes(), FIELD_ATTRIBUTES)) {
                return true;
            }
            if (!index.isRelation(field.type()) && SchemaIndex.hasAttribute(field, "relation")) {
                return true;
            }
            if (index.isRelation(field.type())) {
                RelationField relation =
                        RelationField.of(model, field, index.model(field.type().name()).orElseThrow());
                if (!allResolve(index, model, relation.fields())
                        || !allResolve(index, relation.target(), relation.references())) {
                    return true;
                }
            }
        }
        if (attributesBlock(model.attributes().toList(), MODEL_ATTRIBUTES)) {
            return true;
        }
        for (List<String> criterion : UniqueCriteria.of(index, model)) {
            if (!allResolve(index, model, criterion)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An unknown attribute, an argument written without a value ({@code map: }), or a single-use
     * attribute written twice: Prisma's parser database rejects each of these.
     */
    private static boolean attributesBlock(List<Attribute> attributes, Set<String> known) {
        Set<String> seen = new HashSet<>();
        for (Attribute attribute : attributes) {
            String name = attribute.name();
            boolean nativeType = name.contains(".");
            if (!known.contains(name) && !nativeType) {
                return true;
            }
            if (!attribute.args().emptyArguments().isEmpty()) {
                return true;
            }
            boolean repeatable = name.equals("index") || name.equals("unique") || name.equals("fulltext");
            if (!repeatable && !seen.add(nativeType ? "." : name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every name is a scalar field; {@code address.city} (a composite type's field) counts by its head. */
    private static boolean allResolve(SchemaIndex index, Top.ModelBlock model, List<String> names) {
        return names == null || names.stream()
                .allMatch(name -> index.scalarField(model, name.split("\\.", 2)[0]).isPresent());
    }
}
