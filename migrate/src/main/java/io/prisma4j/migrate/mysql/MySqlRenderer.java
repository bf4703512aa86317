package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.diff.ColumnChanges;
import io.prisma4j.migrate.diff.MigrationStep;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.TableChange;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.IndexKind;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.SqlValue;
import io.prisma4j.migrate.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Prisma's MySQL DDL: backticks, indexes inside {@code CREATE TABLE}, utf8mb4 tables, {@code MODIFY} for changes. */
public final class MySqlRenderer implements DdlRenderer {
    private static final String INDENT = "    ";

    @Override
    public String quote(String identifier) {
        return '`' + identifier + '`';
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    String column(Column column) {
        StringBuilder out = new StringBuilder(quote(column.name())).append(' ').append(MySqlTypes.render(column));
        out.append(column.arity().isRequired() ? " NOT NULL" : " NULL");
        if (column.isAutoincrement()) {
            out.append(" AUTO_INCREMENT");
        }
        String defaultValue = renderedDefault(column, column.defaultValue());
        if (defaultValue != null) {
            out.append(" DEFAULT ").append(defaultValue);
        }
        return out.toString();
    }

    /** MySQL keeps no defaults on JSON columns, nor constant defaults on binary ones. */
    private static String renderedDefault(Column column, SqlDefault value) {
        if (value == null || !value.isRendered() || column.family() == ColumnTypeFamily.JSON
                || column.family() == ColumnTypeFamily.BINARY && !(value instanceof SqlDefault.DbGenerated)) {
            return null;
        }
        return defaultValue(column, value);
    }

    static String defaultValue(Column column, SqlDefault value) {
        if (value instanceof SqlDefault.DbGenerated g) {
            return g.expression();
        }
        if (value instanceof SqlDefault.Now) {
            Integer precision = MySqlTypes.timestampPrecision(column.nativeType());
            return "CURRENT_TIMESTAMP(" + (precision == null ? 3 : precision) + ")";
        }
        SqlValue constant = ((SqlDefault.Value) value).value();
        return switch (constant.kind()) {
            case STRING, ENUM, JSON, DATETIME -> literal(constant.text());
            case FLOAT -> ((BigDecimal) constant.value()).stripTrailingZeros().toPlainString();
            default -> constant.literal();
        };
    }

    private String indexColumns(Index index) {
        return index.columns().stream().map(this::indexColumn).collect(Collectors.joining(", "));
    }

    private String indexColumn(IndexColumn column) {
        return quote(column.column().name()) + (column.length() == null ? "" : "(" + column.length() + ")")
                + (column.sortOrder() == null ? "" : " " + column.sortOrder().name());
    }

    private static String kind(Index index) {
        return index.kind() == IndexKind.UNIQUE ? "UNIQUE " : index.kind() == IndexKind.FULLTEXT ? "FULLTEXT " : "";
    }

    @Override
    public String createTable(Table table) {
        List<String> lines = new ArrayList<>();
        for (Column column : table.columns()) {
            lines.add(INDENT + column(column));
        }
        List<String> constraints = new ArrayList<>();
        for (Index index : table.secondaryIndexes()) {
            constraints.add(INDENT + kind(index) + "INDEX " + quote(index.name()) + "(" + indexColumns(index) + ")");
        }
        table.primaryKey().ifPresent(pk -> constraints.add(INDENT + "PRIMARY KEY (" + indexColumns(pk) + ")"));
        String body = String.join(",\n", lines) + (constraints.isEmpty() ? "" : ",\n\n" + String.join(",\n", constraints));
        return "CREATE TABLE " + quote(table.name()) + " (\n" + body + "\n) DEFAULT CHARACTER SET utf8mb4 COLLATE "
                + "utf8mb4_unicode_ci";
    }

    @Override
    public List<String> dropTable(Table table) {
        return List.of("DROP TABLE " + quote(table.name()));
    }

    @Override
    public String createIndex(Index index) {
        return "CREATE " + kind(index) + "INDEX " + quote(index.name()) + " ON " + quote(index.table().name()) + "("
                + indexColumns(index) + ")";
    }

    @Override
    public String dropIndex(Index index) {
        return "DROP INDEX " + quote(index.name()) + " ON " + quote(index.table().name());
    }

    @Override
    public List<String> renameIndex(Pair<Index> indexes) {
        return List.of("ALTER TABLE " + quote(indexes.previous().table().name()) + " RENAME INDEX "
                + quote(indexes.previous().name()) + " TO " + quote(indexes.next().name()));
    }

    /** Creating first: a foreign key may still rely on the old index. */
    @Override
    public List<String> redefineIndex(Pair<Index> indexes) {
        return List.of(createIndex(indexes.next()), dropIndex(indexes.previous()));
    }

    @Override
    public String addForeignKey(ForeignKey fk) {
        return "ALTER TABLE " + quote(fk.table().name()) + " ADD CONSTRAINT " + quote(fk.constraintName())
                + " FOREIGN KEY (" + fk.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + ") REFERENCES " + quote(fk.referencedTable().name()) + "("
                + fk.referencedColumns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }

    @Override
    public String dropForeignKey(ForeignKey fk) {
        return "ALTER TABLE " + quote(fk.table().name()) + " DROP FOREIGN KEY " + quote(fk.constraintName());
    }

    @Override
    public List<String> alterTable(MigrationStep.AlterTable step, Pair<SqlSchema> schemas) {
        Pair<Table> tables = step.tables();
        List<String> lines = new ArrayList<>();
        for (TableChange change : step.changes()) {
            if (change instanceof TableChange.DropPrimaryKey) {
                lines.add("DROP PRIMARY KEY");
            } else if (change instanceof TableChange.AddPrimaryKey) {
                lines.add("ADD PRIMARY KEY (" + indexColumns(tables.next().primaryKey().orElseThrow()) + ")");
            } else if (change instanceof TableChange.AddColumn add) {
                lines.add("ADD COLUMN " + column(add.column()));
            } else if (change instanceof TableChange.DropColumn drop) {
                lines.add("DROP COLUMN " + quote(drop.column().name()));
            } else if (change instanceof TableChange.AlterColumn alter) {
                lines.add(alterColumn(alter.columns(), alter.changes()));
            } else if (change instanceof TableChange.DropAndRecreateColumn recreate) {
                lines.add("DROP COLUMN " + quote(recreate.columns().previous().name()));
                lines.add("ADD COLUMN " + column(recreate.columns().next()));
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                throw new UnsupportedOperationException("MySQL primary keys have no name to change");
            }
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of("ALTER TABLE " + quote(tables.previous().name()) + " " + String.join(",\n    ", lines));
    }

    /**
     * {@code MODIFY} rather than {@code SET DEFAULT}: most MySQL versions cannot set an expression default that
     * way. A default that was only dropped is {@code ALTER COLUMN ... DROP DEFAULT}.
     */
    private String alterColumn(Pair<Column> columns, ColumnChanges changes) {
        Column next = columns.next();
        if (changes.onlyDefaultChanged() && next.defaultValue() == null) {
            return "ALTER COLUMN " + quote(columns.previous().name()) + " DROP DEFAULT";
        }
        SqlDefault newDefault = next.defaultValue();
        // dbgenerated() without text keeps the database's current expression.
        if (columns.previous().defaultValue() instanceof SqlDefault.DbGenerated previous && previous.expression() != null
                && newDefault instanceof SqlDefault.DbGenerated n && (n.expression() == null || n.expression().isEmpty())) {
            newDefault = previous;
        }
        String type = next.type().fullDataType().isEmpty() ? MySqlTypes.render(next) : next.type().fullDataType();
        String defaultSql = newDefault == null || !newDefault.isRendered() ? null : defaultValue(next, newDefault);
        return "MODIFY " + quote(next.name()) + " " + type + (next.arity().isRequired() ? " NOT NULL" : " NULL")
                + (defaultSql == null || defaultSql.isEmpty() ? "" : " DEFAULT " + defaultSql)
                + (next.isAutoincrement() ? " AUTO_INCREMENT" : "");
    }
}
