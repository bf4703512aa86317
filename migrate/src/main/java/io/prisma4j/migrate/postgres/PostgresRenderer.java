package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.diff.AlterEnum;
import io.prisma4j.migrate.diff.MigrationStep;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.TableChange;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Prisma's PostgreSQL DDL, character for character. */
public final class PostgresRenderer implements DdlRenderer {
    static final String INDENT = "    ";

    @Override
    public String quote(String identifier) {
        return '"' + identifier + '"';
    }

    /** {@code "schema"."name"} when a namespace is given, else {@code "name"}. */
    String qualified(String namespace, String name) {
        return namespace == null ? quote(name) : quote(namespace) + "." + quote(name);
    }

    String table(Table table) {
        return qualified(table.namespace(), table.name());
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    String column(Column column) {
        StringBuilder out = new StringBuilder(INDENT).append(quote(column.name())).append(' ')
                .append(PostgresTypes.render(column, this));
        if (column.arity().isRequired()) {
            out.append(" NOT NULL");
        }
        String defaultValue = PostgresDefaults.render(column.defaultValue(), PostgresTypes.render(column, this));
        if (defaultValue != null && !defaultValue.isEmpty()) {
            out.append(" DEFAULT ").append(defaultValue);
        }
        return out.toString();
    }

    @Override
    public String createTable(Table table) {
        return createTableAs(table, table(table));
    }

    String createTableAs(Table table, String name) {
        String columns = table.columns().stream().map(this::column).collect(Collectors.joining(",\n"));
        String pk = table.primaryKey().map(p -> ",\n\n" + INDENT + "CONSTRAINT " + quote(p.name()) + " PRIMARY KEY ("
                + p.columnNames().stream().map(this::quote).collect(Collectors.joining(",")) + ")").orElse("");
        return "CREATE TABLE " + name + " (\n" + columns + pk + "\n)";
    }

    @Override
    public List<String> dropTable(Table table) {
        return List.of("DROP TABLE " + table(table));
    }

    @Override
    public String createNamespace(String namespace) {
        return "CREATE SCHEMA IF NOT EXISTS " + quote(namespace);
    }

    @Override
    public String createIndex(Index index) {
        String using = switch (index.algorithm()) {
            case BTREE -> "";
            case HASH -> " USING HASH ";
            case GIST -> " USING GIST ";
            case GIN -> " USING GIN ";
            case SPGIST -> " USING SPGIST ";
            case BRIN -> " USING BRIN ";
        };
        String columns = index.columns().stream().map(this::indexColumn).collect(Collectors.joining(", "));
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + table(index.table()) + using + "(" + columns + ")";
    }

    private String indexColumn(IndexColumn column) {
        StringBuilder out = new StringBuilder(quote(column.column().name()));
        if (column.operatorClass() != null) {
            out.append(' ').append(column.operatorClass().name());
        }
        if (column.sortOrder() != null) {
            out.append(' ').append(column.sortOrder().name());
        }
        return out.toString();
    }

    @Override
    public String dropIndex(Index index) {
        return "DROP INDEX " + qualified(index.table().namespace(), index.name());
    }

    @Override
    public List<String> renameIndex(Pair<Index> indexes) {
        // PostgreSQL keeps the index in the previous name's schema, so the new name is not qualified.
        return List.of("ALTER INDEX " + qualified(indexes.previous().table().namespace(), indexes.previous().name())
                + " RENAME TO " + quote(indexes.next().name()));
    }

    @Override
    public String addForeignKey(ForeignKey fk) {
        return "ALTER TABLE " + table(fk.table()) + " ADD CONSTRAINT " + quote(fk.constraintName()) + " FOREIGN KEY ("
                + fk.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", ")) + ") REFERENCES "
                + table(fk.referencedTable()) + "("
                + fk.referencedColumns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }

    @Override
    public String dropForeignKey(ForeignKey fk) {
        return "ALTER TABLE " + table(fk.table()) + " DROP CONSTRAINT " + quote(fk.constraintName());
    }

    @Override
    public String renameForeignKey(Pair<ForeignKey> fks) {
        return "ALTER TABLE " + table(fks.previous().table()) + " RENAME CONSTRAINT "
                + quote(fks.previous().constraintName()) + " TO " + quote(fks.next().constraintName());
    }

    @Override
    public List<String> createEnum(SqlEnum enumType) {
        return List.of("CREATE TYPE " + qualified(enumType.namespace(), enumType.name()) + " AS ENUM ("
                + enumType.values().stream().map(PostgresRenderer::literal).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public List<String> dropEnum(SqlEnum enumType, SqlSchema previous) {
        return List.of("DROP TYPE " + qualified(effectiveNamespace(enumType, previous), enumType.name()));
    }

    /** The enum's schema, falling back to the schema a describer read it from (Prisma prints it in a few places). */
    static String effectiveNamespace(SqlEnum enumType, SqlSchema schema) {
        return enumType.namespace() != null ? enumType.namespace() : schema.defaultNamespace();
    }

    @Override
    public List<String> alterEnum(AlterEnum alter, Pair<SqlSchema> schemas) {
        return PostgresAlterEnum.render(alter, schemas, this);
    }

    @Override
    public List<String> alterTable(MigrationStep.AlterTable step, Pair<SqlSchema> schemas) {
        Pair<Table> tables = step.tables();
        List<String> lines = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (TableChange change : step.changes()) {
            if (change instanceof TableChange.DropPrimaryKey) {
                lines.add("DROP CONSTRAINT " + quote(tables.previous().primaryKey().orElseThrow().name()));
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                lines.add("RENAME CONSTRAINT " + quote(tables.previous().primaryKey().orElseThrow().name()) + " TO "
                        + quote(tables.next().primaryKey().orElseThrow().name()));
            } else if (change instanceof TableChange.AddPrimaryKey) {
                Index pk = tables.next().primaryKey().orElseThrow();
                lines.add("ADD CONSTRAINT " + quote(pk.name()) + " PRIMARY KEY ("
                        + pk.columnNames().stream().map(this::quote).collect(Collectors.joining(", ")) + ")");
            } else if (change instanceof TableChange.AddColumn add) {
                lines.add("ADD COLUMN " + column(add.column()));
            } else if (change instanceof TableChange.DropColumn drop) {
                lines.add("DROP COLUMN " + quote(drop.column().name()));
            } else if (change instanceof TableChange.AlterColumn alter) {
                PostgresAlterColumn.render(alter.columns(), alter.changes(), schemas.next(), this, before, lines, after);
            } else if (change instanceof TableChange.DropAndRecreateColumn recreate) {
                lines.add("DROP COLUMN " + quote(recreate.columns().previous().name()));
                lines.add("ADD COLUMN " + column(recreate.columns().next()));
            }
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> statements = new ArrayList<>(before);
        statements.add("ALTER TABLE " + table(tables.previous()) + " " + String.join(",\n", lines));
        statements.addAll(after);
        return statements;
    }
}
