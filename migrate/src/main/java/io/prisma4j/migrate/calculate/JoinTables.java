package io.prisma4j.migrate.calculate;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.ForeignKeyAction;
import io.prisma4j.migrate.schema.IndexKind;
import io.prisma4j.migrate.schema.SqlSchemaBuilder;
import io.prisma4j.migrate.schema.Table;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.Relation;

import java.util.List;
import java.util.Map;

/**
 * The table of an implicit many-to-many relation, as Prisma lays it out: {@code _<RelationName>} with
 * columns {@code A} and {@code B} typed like the two ids, uniqueness on (A, B) (a primary key named
 * {@code _X_AB_pkey} on PostgreSQL, a unique index {@code _X_AB_unique} elsewhere), an index
 * {@code _X_B_index} on B, and cascading foreign keys {@code _X_A_fkey} and {@code _X_B_fkey}.
 */
final class JoinTables {
    private JoinTables() {
    }

    static void push(Relation relation, Map<Model, Table> tables, SqlSchemaBuilder builder,
                     CalculatorFlavour flavour, int maxLength, boolean foreignKeys) {
        Relation.JoinTable join = relation.joinTable().orElseThrow();
        String name = truncate(join.name(), maxLength);
        Table tableA = tables.get(join.modelA());
        Table tableB = tables.get(join.modelB());
        Column idA = tableA.primaryKey().orElseThrow().columns().get(0).column();
        Column idB = tableB.primaryKey().orElseThrow().columns().get(0).column();

        Table table = builder.table(tableA.namespace(), name);
        Column a = builder.column(table, "A", idA.type().withArity(ColumnArity.REQUIRED), null, false);
        Column b = builder.column(table, "B", idB.type().withArity(ColumnArity.REQUIRED), null, false);

        String suffix = flavour.joinTablesHavePrimaryKey() ? "_AB_pkey" : "_AB_unique";
        builder.index(table, truncate(name, maxLength - suffix.length()) + suffix,
                flavour.joinTablesHavePrimaryKey() ? IndexKind.PRIMARY_KEY : IndexKind.UNIQUE, List.of(a, b));
        builder.index(table, truncate(name, maxLength - 8) + "_B_index", IndexKind.NORMAL, List.of(b));

        if (foreignKeys) {
            int maxTableNameLength = maxLength - "_fkey".length() - 2;
            String fkA = (name.length() > maxTableNameLength ? name.substring(0, maxTableNameLength) : name) + "_A_fkey";
            String fkB = (name.length() >= maxTableNameLength ? name.substring(0, maxTableNameLength) : name) + "_B_fkey";
            builder.foreignKey(table, fkA, tableA, List.of(a), List.of(idA), ForeignKeyAction.CASCADE,
                    ForeignKeyAction.CASCADE);
            builder.foreignKey(table, fkB, tableB, List.of(b), List.of(idB), ForeignKeyAction.CASCADE,
                    ForeignKeyAction.CASCADE);
        }
    }

    private static String truncate(String name, int length) {
        return name.length() <= length ? name : name.substring(0, Math.max(0, length));
    }
}
