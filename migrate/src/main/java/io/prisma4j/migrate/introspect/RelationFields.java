package io.prisma4j.migrate.introspect;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.ForeignKeyAction;
import io.prisma4j.migrate.schema.Table;
import io.prisma4j.schema.model.ConstraintNames;
import io.prisma4j.schema.model.RelationField;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Relation fields from foreign keys and join tables, named as Prisma names them: the forward field after
 * the referenced model, the back field after the referencing model ({@code other_} in self-relations), and
 * when two models have several relations, names that spell out the columns
 * ({@code User_Post_authorIdToUser}).
 */
final class RelationFields {
    private RelationFields() {
    }

    static void add(List<Table> tables, List<Table> joinTables, Map<Table, PslModel> models, ExistingNames names,
                    int maxLength) {
        Set<Set<Table>> ambiguous = ambiguous(tables, joinTables, models);
        for (Table table : tables) {
            for (ForeignKey fk : table.foreignKeys()) {
                if (models.containsKey(fk.referencedTable())) {
                    inline(fk, models, names, ambiguous, maxLength);
                }
            }
        }
        for (Table join : joinTables) {
            manyToMany(join, models, ambiguous);
        }
    }

    private static Set<Set<Table>> ambiguous(List<Table> tables, List<Table> joinTables, Map<Table, PslModel> models) {
        Set<Set<Table>> ambiguous = new HashSet<>();
        List<Set<Table>> pairs = new ArrayList<>();
        for (Table table : tables) {
            for (ForeignKey fk : table.foreignKeys()) {
                Set<Table> pair = pair(table, fk.referencedTable());
                if (pairs.contains(pair)) {
                    ambiguous.add(pair);
                }
                pairs.add(pair);
                String forwardName = models.getOrDefault(fk.referencedTable(), new PslModel("model", "")).name;
                if (fk.columns().stream().anyMatch(c -> forwardName.equals(models.get(table).fieldNames.get(c.name())))) {
                    ambiguous.add(pair);
                }
            }
        }
        for (Table join : joinTables) {
            Set<Table> pair = pair(join.foreignKeys().get(0).referencedTable(), join.foreignKeys().get(1).referencedTable());
            if (pairs.contains(pair)) {
                ambiguous.add(pair);
            }
            pairs.add(pair);
        }
        return ambiguous;
    }

    private static void inline(ForeignKey fk, Map<Table, PslModel> models, ExistingNames names,
                               Set<Set<Table>> ambiguous, int maxLength) {
        Table table = fk.table();
        Table referenced = fk.referencedTable();
        PslModel model = models.get(table);
        PslModel target = models.get(referenced);
        boolean self = table == referenced;
        List<String> columns = fk.columns().stream().map(Column::name).toList();
        String relationName;
        String forward;
        String back;
        if (!ambiguous.contains(pair(table, referenced))) {
            relationName = self ? model.name + "To" + target.name : "";
            forward = target.name;
            back = (self ? "other_" : "") + model.name;
        } else {
            relationName = model.name + "_" + fk.columns().stream().map(c -> model.fieldNames.get(c.name()))
                    .collect(Collectors.joining("_")) + "To" + target.name;
            forward = target.name + "_" + relationName;
            back = (self ? "other_" : "") + model.name + "_" + relationName;
        }
        Optional<RelationField> existing = names.forwardField(table.name(), columns);
        if (existing.isPresent()) {
            forward = existing.get().name();
            relationName = existing.get().explicitRelationName().orElse(relationName);
            back = existing.get().opposite().map(RelationField::name).orElse(back);
        }
        boolean optional = fk.columns().stream().anyMatch(c -> c.arity() == ColumnArity.NULLABLE);
        List<String> args = new ArrayList<>();
        if (!relationName.isEmpty()) {
            args.add(Identifiers.quote(relationName));
        }
        args.add("fields: [" + fk.columns().stream().map(c -> model.fieldNames.get(c.name())).collect(Collectors.joining(", "))
                + "]");
        args.add("references: [" + fk.referencedColumns().stream().map(c -> target.fieldNames.get(c.name()))
                .collect(Collectors.joining(", ")) + "]");
        ForeignKeyAction defaultOnDelete = optional ? ForeignKeyAction.SET_NULL : ForeignKeyAction.RESTRICT;
        if (fk.onDelete() != defaultOnDelete) {
            args.add("onDelete: " + action(fk.onDelete()));
        }
        if (fk.onUpdate() != ForeignKeyAction.CASCADE) {
            args.add("onUpdate: " + action(fk.onUpdate()));
        }
        String defaultName = ConstraintNames.foreignKey(table.name(), columns, maxLength);
        if (fk.constraintName() != null && !fk.constraintName().equals(defaultName)) {
            args.add("map: " + Identifiers.quote(fk.constraintName()));
        }
        model.fields.add(new PslModel.PslField(forward, target.name + (optional ? "?" : ""),
                List.of("@relation(" + String.join(", ", args) + ")")));
        boolean oneToOne = Introspector.isUnique(table, fk.columns());
        target.fields.add(new PslModel.PslField(back, model.name + (oneToOne ? "?" : "[]"),
                relationName.isEmpty() ? List.of() : List.of("@relation(" + Identifiers.quote(relationName) + ")")));
    }

    private static void manyToMany(Table join, Map<Table, PslModel> models, Set<Set<Table>> ambiguous) {
        Table tableA = join.foreignKeys().stream().filter(f -> f.columns().get(0).name().equals("A")).findFirst()
                .orElseThrow().referencedTable();
        Table tableB = join.foreignKeys().stream().filter(f -> f.columns().get(0).name().equals("B")).findFirst()
                .orElseThrow().referencedTable();
        PslModel a = models.get(tableA);
        PslModel b = models.get(tableB);
        if (a == null || b == null) {
            return;
        }
        boolean self = tableA == tableB;
        String found = join.name().substring(1);
        String relationName;
        String suffix;
        if (ambiguous.contains(pair(tableA, tableB))) {
            relationName = found;
            suffix = join.name();
        } else {
            relationName = found.equals(a.name + "To" + b.name) && !self ? "" : found;
            suffix = "";
        }
        List<String> attributes = relationName.isEmpty() ? List.of()
                : List.of("@relation(" + Identifiers.quote(relationName) + ")");
        a.fields.add(new PslModel.PslField(b.name + suffix + (self ? "_A" : ""), b.name + "[]", attributes));
        b.fields.add(new PslModel.PslField(a.name + suffix + (self ? "_B" : ""), a.name + "[]", attributes));
    }

    /** The two models of a relation, order aside (one model for a self-relation). */
    private static Set<Table> pair(Table a, Table b) {
        Set<Table> pair = new HashSet<>();
        pair.add(a);
        pair.add(b);
        return pair;
    }

    private static String action(ForeignKeyAction action) {
        return switch (action) {
            case CASCADE -> "Cascade";
            case RESTRICT -> "Restrict";
            case NO_ACTION -> "NoAction";
            case SET_NULL -> "SetNull";
            case SET_DEFAULT -> "SetDefault";
        };
    }
}
