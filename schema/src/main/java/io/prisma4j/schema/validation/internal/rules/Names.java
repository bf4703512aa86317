package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.model.ConstraintNames;
import io.prisma4j.schema.validation.internal.db.DefaultInfo;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.PrimaryKeyInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.RelationInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that must not clash: relation names between two models, client names of ids and unique
 * constraints, and the database names of constraints (see {@link ConstraintNamespace}).
 */
final class Names {
    /** (model, related model, relation name) to the relation fields using it. */
    final Map<List<Object>, List<RelationFieldInfo>> relationNames = new HashMap<>();
    private final Set<List<Object>> indexNames = new HashSet<>();
    private final Set<List<Object>> uniqueNames = new HashSet<>();
    private final Map<ModelInfo, String> primaryKeyNames = new HashMap<>();
    final ConstraintNamespace constraints;

    Names(ValidationContext ctx) {
        for (ModelInfo model : ctx.db.models()) {
            for (RelationFieldInfo field : model.relationFields()) {
                relationNames.computeIfAbsent(List.of(model, field.relatedModel(), field.relationName()),
                        k -> new ArrayList<>()).add(field);
            }
            for (IndexInfo index : model.indexes()) {
                if (index.name() != null) {
                    (index.isUnique() ? uniqueNames : indexNames).add(List.of(model, index.name()));
                }
            }
            if (model.primaryKey() != null && model.primaryKey().name() != null) {
                primaryKeyNames.put(model, model.primaryKey().name());
            }
        }
        constraints = new ConstraintNamespace(ctx);
    }

    boolean indexNameTaken(ModelInfo model, String name) {
        return indexNames.contains(List.of(model, name));
    }

    boolean uniqueNameTaken(ModelInfo model, String name) {
        return uniqueNames.contains(List.of(model, name));
    }

    boolean primaryKeyNameTaken(ModelInfo model, String name) {
        return name.equals(primaryKeyNames.get(model));
    }

    // ---------------------------------------------------------------- database names of constraints

    /** The index's database name: {@code map:}, else Prisma's default. */
    static String constraintName(IndexInfo index, ValidationContext ctx) {
        if (index.mappedName() != null) {
            return index.mappedName();
        }
        List<String> columns = new ArrayList<>();
        for (IndexFieldInfo field : index.fields()) {
            columns.add(field.databasePath());
        }
        String table = index.model().databaseName();
        int limit = maxIdentifierLength(ctx);
        return index.isUnique() ? ConstraintNames.unique(table, columns, limit)
                : ConstraintNames.index(table, columns, limit);
    }

    /** The primary key's database name, or {@code null} when the database does not name primary keys. */
    static String constraintName(PrimaryKeyInfo pk, ModelInfo model, ValidationContext ctx) {
        if (!ctx.has(io.prisma4j.schema.connector.Capability.NAMED_PRIMARY_KEYS)) {
            return null;
        }
        return pk.mappedName() != null ? pk.mappedName()
                : ConstraintNames.primaryKey(model.databaseName(), maxIdentifierLength(ctx));
    }

    static String constraintName(DefaultInfo value, ScalarFieldInfo field, ValidationContext ctx) {
        return value.mappedName() != null ? value.mappedName()
                : ConstraintNames.defaultValue(field.model().databaseName(), field.databaseName(),
                maxIdentifierLength(ctx));
    }

    /** The foreign key's name: {@code map:} of the forward field, else Prisma's default. */
    static String constraintName(RelationInfo relation, ValidationContext ctx) {
        RelationFieldInfo forward = relation.fieldA();
        if (forward != null && forward.mappedName() != null) {
            return forward.mappedName();
        }
        List<String> columns = new ArrayList<>();
        if (forward != null && forward.fields() != null) {
            forward.fields().forEach(f -> columns.add(f.databaseName()));
        }
        return ConstraintNames.foreignKey(relation.modelA().databaseName(), columns, maxIdentifierLength(ctx));
    }

    static int maxIdentifierLength(ValidationContext ctx) {
        return ctx.connector == null ? Integer.MAX_VALUE : ctx.connector.maxIdentifierLength();
    }
}
