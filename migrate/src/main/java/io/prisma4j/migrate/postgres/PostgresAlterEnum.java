package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.diff.AlterEnum;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.SqlSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Enum changes on PostgreSQL. Added values are {@code ALTER TYPE ... ADD VALUE}; PostgreSQL cannot remove
 * a value, so removing one swaps in a new type inside a transaction, as Prisma does.
 */
final class PostgresAlterEnum {
    private static final String MANY_VALUES_NOTE = """
            -- This migration adds more than one value to an enum.
            -- With PostgreSQL versions 11 and earlier, this is not possible
            -- in a single migration. This can be worked around by creating
            -- multiple migrations, each migration adding only one value to
            -- the enum.
            """;

    private PostgresAlterEnum() {
    }

    static List<String> render(AlterEnum alter, Pair<SqlSchema> schemas, PostgresRenderer renderer) {
        SqlEnum previous = alter.enums().previous();
        SqlEnum next = alter.enums().next();
        if (alter.droppedValues().isEmpty()) {
            List<String> statements = new ArrayList<>();
            for (String value : alter.createdValues()) {
                statements.add("ALTER TYPE " + renderer.qualified(previous.namespace(), previous.name()) + " ADD VALUE "
                        + PostgresRenderer.literal(value));
            }
            if (statements.size() > 1) {
                statements.set(0, MANY_VALUES_NOTE + "\n\n" + statements.get(0));
            }
            return statements;
        }
        List<String> statements = new ArrayList<>();
        String temporary = renderer.qualified(next.namespace(), next.name() + "_new");
        String fallbackNamespace = PostgresRenderer.effectiveNamespace(previous, schemas.previous());
        statements.add("BEGIN");
        statements.add("CREATE TYPE " + temporary + " AS ENUM ("
                + next.values().stream().map(PostgresRenderer::literal).collect(Collectors.joining(", ")) + ")");
        for (Pair<Column> usage : alter.defaultUsages()) {
            Column column = usage.previous();
            String table = column.table().namespace() != null || fallbackNamespace == null
                    ? renderer.table(column.table()) : renderer.qualified(fallbackNamespace, column.table().name());
            statements.add("ALTER TABLE " + table + " ALTER COLUMN " + renderer.quote(column.name()) + " DROP DEFAULT");
        }
        for (Column column : schemas.next().allColumns()) {
            if (column.type().enumType() != next) {
                continue;
            }
            String array = column.arity().isList() ? "[]" : "";
            statements.add("ALTER TABLE " + renderer.table(column.table()) + " ALTER COLUMN "
                    + renderer.quote(column.name()) + " TYPE " + temporary + array + " USING ("
                    + renderer.quote(column.name()) + "::text::" + temporary + array + ")");
        }
        statements.add("ALTER TYPE " + renderer.qualified(previous.namespace(), previous.name()) + " RENAME TO "
                + renderer.quote(previous.name() + "_old"));
        statements.add("ALTER TYPE " + temporary + " RENAME TO " + renderer.quote(next.name()));
        statements.add("DROP TYPE " + renderer.qualified(fallbackNamespace, previous.name() + "_old"));
        for (Pair<Column> usage : alter.defaultUsages()) {
            Column column = usage.next();
            if (column == null || column.defaultValue() == null) {
                continue;
            }
            statements.add("ALTER TABLE " + renderer.qualified(usage.previous().table().namespace(),
                    usage.previous().table().name()) + " ALTER COLUMN " + renderer.quote(usage.previous().name())
                    + " SET DEFAULT " + PostgresDefaults.render(column.defaultValue(),
                    PostgresTypes.render(column, renderer)));
        }
        statements.add("COMMIT");
        return statements;
    }
}
