package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.ConstraintScope;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.RelationInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.prisma4j.schema.connector.ConstraintScope.*;

/**
 * Counts constraint names in each namespace the database has (see {@link ConstraintScope}), so a name
 * used twice in one namespace can be reported on every constraint that uses it.
 */
final class ConstraintNamespace {

    /** The kind of constraint a name belongs to, which decides the namespaces it is checked in. */
    enum Kind {
        INDEX(GLOBAL_KEY_INDEX, GLOBAL_PRIMARY_KEY_KEY_INDEX, MODEL_KEY_INDEX, MODEL_PRIMARY_KEY_KEY_INDEX),
        RELATION(GLOBAL_FOREIGN_KEY, GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT, MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY),
        DEFAULT(GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT),
        PRIMARY_KEY(GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT, GLOBAL_PRIMARY_KEY_KEY_INDEX, MODEL_PRIMARY_KEY_KEY_INDEX,
                MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);

        private final List<ConstraintScope> scopes;

        Kind(ConstraintScope... scopes) {
            this.scopes = List.of(scopes);
        }
    }

    private final Map<List<Object>, Integer> global = new HashMap<>();
    private final Map<List<Object>, Integer> local = new HashMap<>();
    private final Map<List<Object>, Integer> localCustomNames = new HashMap<>();

    ConstraintNamespace(ValidationContext ctx) {
        if (ctx.connector != null) {
            for (ConstraintScope scope : ctx.connector.constraintScopes()) {
                switch (scope) {
                    case GLOBAL_KEY_INDEX -> globalIndexes(scope, ctx);
                    case GLOBAL_FOREIGN_KEY -> globalRelations(scope, ctx);
                    case GLOBAL_PRIMARY_KEY_KEY_INDEX -> {
                        globalPrimaryKeys(scope, ctx);
                        globalIndexes(scope, ctx);
                    }
                    case GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT -> {
                        globalPrimaryKeys(scope, ctx);
                        globalRelations(scope, ctx);
                        globalDefaults(scope, ctx);
                    }
                    case MODEL_KEY_INDEX -> localIndexes(scope, ctx);
                    case MODEL_PRIMARY_KEY_KEY_INDEX -> {
                        localPrimaryKeys(scope, ctx);
                        localIndexes(scope, ctx);
                    }
                    case MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY -> {
                        localPrimaryKeys(scope, ctx);
                        localIndexes(scope, ctx);
                        localRelations(scope, ctx);
                    }
                }
            }
        }
        for (ModelInfo model : ctx.db.models()) {
            if (model.primaryKey() != null && model.primaryKey().name() != null) {
                localCustomNames.merge(Arrays.asList(model, model.primaryKey().name()), 1, Integer::sum);
            }
            for (IndexInfo index : model.indexes()) {
                if (index.name() != null) {
                    localCustomNames.merge(Arrays.asList(model, index.name()), 1, Integer::sum);
                }
            }
        }
    }

    /** The namespaces (global ones first) in which {@code name} of {@code model} is used more than once. */
    List<ConstraintScope> violations(ModelInfo model, Kind kind, String name) {
        List<ConstraintScope> out = new ArrayList<>();
        for (ConstraintScope scope : kind.scopes) {
            if (global.getOrDefault(Arrays.asList(scope, model.schema(), name), 0) > 1) {
                out.add(scope);
            }
        }
        for (ConstraintScope scope : kind.scopes) {
            if (local.getOrDefault(Arrays.asList(model, scope, name), 0) > 1) {
                out.add(scope);
            }
        }
        return out;
    }

    /** Whether a client name ({@code name:} of an id or unique) is used twice in the model. */
    boolean customNameTaken(ModelInfo model, String name) {
        return localCustomNames.getOrDefault(Arrays.asList(model, name), 0) > 1;
    }

    private void globalIndexes(ConstraintScope scope, ValidationContext ctx) {
        for (ModelInfo model : ctx.db.models()) {
            for (IndexInfo index : model.indexes()) {
                global.merge(Arrays.asList(scope, model.schema(), Names.constraintName(index, ctx)), 1, Integer::sum);
            }
        }
    }

    private void globalRelations(ConstraintScope scope, ValidationContext ctx) {
        for (RelationInfo relation : ctx.db.relations()) {
            if (relation.kind().isInline()) {
                global.merge(Arrays.asList(scope, relation.modelA().schema(), Names.constraintName(relation, ctx)), 1,
                        Integer::sum);
            }
        }
    }

    private void globalPrimaryKeys(ConstraintScope scope, ValidationContext ctx) {
        for (ModelInfo model : ctx.db.models()) {
            String name = model.primaryKey() == null ? null : Names.constraintName(model.primaryKey(), model, ctx);
            if (name != null) {
                global.merge(Arrays.asList(scope, model.schema(), name), 1, Integer::sum);
            }
        }
    }

    private void globalDefaults(ConstraintScope scope, ValidationContext ctx) {
        for (ModelInfo model : ctx.db.models()) {
            for (ScalarFieldInfo field : model.scalarFields()) {
                if (field.defaultValue() != null) {
                    global.merge(Arrays.asList(scope, model.schema(), Names.constraintName(field.defaultValue(),
                            field, ctx)), 1, Integer::sum);
                }
            }
        }
    }

    private void localIndexes(ConstraintScope scope, ValidationContext ctx) {
        for (ModelInfo model : ctx.db.models()) {
            for (IndexInfo index : model.indexes()) {
                local.merge(Arrays.asList(model, scope, Names.constraintName(index, ctx)), 1, Integer::sum);
            }
        }
    }

    private void localPrimaryKeys(ConstraintScope scope, ValidationContext ctx) {
        for (ModelInfo model : ctx.db.models()) {
            String name = model.primaryKey() == null ? null : Names.constraintName(model.primaryKey(), model, ctx);
            if (name != null) {
                local.merge(Arrays.asList(model, scope, name), 1, Integer::sum);
            }
        }
    }

    private void localRelations(ConstraintScope scope, ValidationContext ctx) {
        for (ModelInfo model : ctx.db.models()) {
            if (model.isView()) {
                continue;
            }
            for (RelationInfo relation : ctx.db.relationsFrom(model)) {
                if (relation.kind().isInline()) {
                    local.merge(Arrays.asList(model, scope, Names.constraintName(relation, ctx)), 1, Integer::sum);
                }
            }
        }
    }
}
