package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unique criteria of a model in Prisma's order: the primary key ({@code @id}, else {@code @@id}),
 * then field-level {@code @unique} in field order, then {@code @@unique} in the order written. Each
 * criterion is a list of field names.
 */
final class UniqueCriteria {
    private UniqueCriteria() {
    }

    static List<List<String>> of(SchemaIndex index, Top.ModelBlock model) {
        List<List<String>> criteria = new ArrayList<>();
        primaryKey(index, model).ifPresent(criteria::add);
        criteria.addAll(uniqueIndexes(index, model));
        return criteria;
    }

    /** The first criterion whose fields are all required and none {@code Unsupported}. */
    static Optional<List<String>> firstStrict(SchemaIndex index, Top.ModelBlock model) {
        for (List<String> criterion : of(index, model)) {
            boolean strict = criterion.stream().allMatch(name -> index.scalarField(model, name)
                    .map(f -> !f.arity().isOptional() && !f.type().isUnsupported()).orElse(false));
            if (strict) {
                return Optional.of(criterion);
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> primaryKey(SchemaIndex index, Top.ModelBlock model) {
        for (BlockItem.Field field : index.scalarFields(model)) {
            if (SchemaIndex.hasAttribute(field, "id")) {
                return Optional.of(List.of(field.nameText()));
            }
        }
        return SchemaIndex.blockAttribute(model, "id").map(UniqueCriteria::fieldNames);
    }

    /** Field-level {@code @unique} then {@code @@unique}: the unique indexes (the primary key is not one). */
    static List<List<String>> uniqueIndexes(SchemaIndex index, Top.ModelBlock model) {
        List<List<String>> uniques = new ArrayList<>();
        for (BlockItem.Field field : index.scalarFields(model)) {
            if (SchemaIndex.hasAttribute(field, "unique")) {
                uniques.add(List.of(field.nameText()));
            }
        }
        model.attributes().filter(a -> a.name().equals("unique")).map(UniqueCriteria::fieldNames)
                .forEach(uniques::add);
        return uniques;
    }

    /** The field names of {@code @@id([a, b(sort: Desc)])} / {@code @@unique(fields: [a])}. */
    private static List<String> fieldNames(Attribute attribute) {
        for (Argument argument : attribute.args().arguments()) {
            if (!argument.isNamed() || argument.name().name().equals("fields")) {
                return RelationField.names(argument.value());
            }
        }
        return List.of();
    }
}
