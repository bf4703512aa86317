package io.prisma4j.migrate.sqlite;

import io.prisma4j.migrate.diff.ColumnChanges;
import io.prisma4j.migrate.diff.MigrationStep;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.RedefineTable;
import io.prisma4j.migrate.diff.TableChange;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.SqlValue;
import io.prisma4j.migrate.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Prisma's SQLite DDL, character for character. */
public final class SqliteRenderer implements DdlRenderer {
    private static final String INDENT = "    ";

    @Override
    public String quote(String identifier) {
        return '"' + identifier + '"';
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String type(Column column) {
        return switch (column.family()) {
            case BOOLEAN -> "BOOLEAN";
            case DATETIME -> "DATETIME";
            case FLOAT -> "REAL";
            case DECIMAL -> "DECIMAL";
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case STRING, ENUM, UUID -> "TEXT";
            case BINARY -> "BLOB";
            case JSON -> "JSONB";
            case UNSUPPORTED -> column.type().fullDataType();
        };
    }

    String column(Column column) {
        StringBuilder out = new StringBuilder(quote(column.name())).append(' ').append(type(column));
        if (!column.arity().isNullable()) {
            out.append(" NOT NULL");
        }
        if (column.isSinglePrimaryKey()) {
            out.append(" PRIMARY KEY");
            if (column.family() == io.prisma4j.migrate.schema.ColumnTypeFamily.INT) {
                out.append(" AUTOINCREMENT");
            }
        }
        String defaultValue = defaultValue(column.defaultValue());
        if (defaultValue != null) {
            out.append(" DEFAULT ").append(defaultValue);
        }
        return out.toString();
    }

    static String defaultValue(SqlDefault value) {
        if (value == null || !value.isRendered()) {
            return null;
        }
        if (value instanceof SqlDefault.DbGenerated g) {
            return g.expression();
        }
        if (value instanceof SqlDefault.Now) {
            return "CURRENT_TIMESTAMP";
        }
        SqlValue constant = ((SqlDefault.Value) value).value();
        return switch (constant.kind()) {
            case STRING, ENUM, DATETIME, JSON -> literal(constant.text());
            case BYTES -> "'" + HexFormat.of().formatHex((byte[]) constant.value()) + "'";
            case FLOAT -> ((BigDecimal) constant.value()).stripTrailingZeros().toPlainString();
            default -> constant.literal();
        };
    }

    @Override
    public String createTable(Table table) {
        return createTableAs(table, quote(table.name()));
    }

    private String createTableAs(Table table, String name) {
        StringBuilder out = new StringBuilder("CREATE TABLE ").append(name).append(" (\n");
        out.append(table.columns().stream().map(c -> INDENT + column(c)).collect(Collectors.joining(",\n")));
        boolean singleColumnKey = table.columns().stream().anyMatch(Column::isSinglePrimaryKey);
        if (!singleColumnKey && table.primaryKey().isPresent()) {
            out.append(",\n\n").append(INDENT).append("PRIMARY KEY (")
                    .append(table.primaryKey().get().columnNames().stream().map(this::quote)
                            .collect(Collectors.joining(", "))).append(')');
        }
        for (ForeignKey fk : table.foreignKeys()) {
            out.append(",\n").append(INDENT).append(foreignKey(fk));
        }
        return out.append("\n)").toString();
    }

    private String foreignKey(ForeignKey fk) {
        return (fk.constraintName() == null ? "" : "CONSTRAINT " + quote(fk.constraintName()) + " ")
                + "FOREIGN KEY (" + fk.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + ") REFERENCES " + quote(fk.referencedTable().name()) + " ("
                + fk.referencedColumns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }

    /** Turning foreign keys off is safe here: validation forbids relations to missing models. */
    @Override
    public List<String> dropTable(Table table) {
        return List.of("PRAGMA foreign_keys=off", "DROP TABLE " + quote(table.name()), "PRAGMA foreign_keys=on");
    }

    @Override
    public String createIndex(Index index) {
        String create = "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + quote(index.table().name()) + "(" + index.columns().stream()
                .map(c -> quote(c.column().name()) + (c.sortOrder() == null ? "" : " " + c.sortOrder().name()))
                .collect(Collectors.joining(", ")) + ")";
        // Names starting with sqlite_ are reserved; Prisma writes them with the schema made writable.
        return index.name().startsWith("sqlite_")
                ? "Pragma writable_schema=1;\n" + create + ";\nPragma writable_schema=0" : create;
    }

    @Override
    public String dropIndex(Index index) {
        return "DROP INDEX " + quote(index.name());
    }

    @Override
    public List<String> redefineIndex(Pair<Index> indexes) {
        return List.of(dropIndex(indexes.previous()), createIndex(indexes.next()));
    }

    @Override
    public String addForeignKey(ForeignKey foreignKey) {
        throw new UnsupportedOperationException("SQLite declares foreign keys in CREATE TABLE");
    }

    @Override
    public List<String> alterTable(MigrationStep.AlterTable step, Pair<SqlSchema> schemas) {
        List<String> statements = new ArrayList<>();
        for (TableChange change : step.changes()) {
            if (!(change instanceof TableChange.AddColumn add)) {
                throw new UnsupportedOperationException(change + " on SQLite: the table is redefined instead");
            }
            statements.add("ALTER TABLE " + quote(step.tables().previous().name()) + " ADD COLUMN " + column(add.column()));
        }
        return statements;
    }

    /** sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes". */
    @Override
    public List<String> redefineTables(List<RedefineTable> tables, Pair<SqlSchema> schemas) {
        List<String> statements = new ArrayList<>();
        statements.add("PRAGMA defer_foreign_keys=ON");
        statements.add("PRAGMA foreign_keys=OFF");
        for (RedefineTable redefine : tables) {
            Table previous = redefine.tables().previous();
            Table next = redefine.tables().next();
            String temporary = "new_" + next.name();
            statements.add(createTableAs(next, quote(temporary)));
            if (!redefine.columnPairs().isEmpty()) {
                statements.add(copyRows(redefine, temporary));
            }
            statements.add("DROP TABLE " + quote(previous.name()));
            statements.add("ALTER TABLE " + quote(temporary) + " RENAME TO " + quote(next.name()));
            for (Index index : next.secondaryIndexes()) {
                statements.add(createIndex(index));
            }
        }
        statements.add("PRAGMA foreign_keys=ON");
        statements.add("PRAGMA defer_foreign_keys=OFF");
        return statements;
    }

    /** A column made required with a default takes the default where it was NULL ({@code coalesce}). */
    private String copyRows(RedefineTable redefine, String temporary) {
        List<String> destination = new ArrayList<>();
        List<String> source = new ArrayList<>();
        for (RedefineTable.ColumnPair pair : redefine.columnPairs()) {
            Column previous = pair.columns().previous();
            Column next = pair.columns().next();
            ColumnChanges changes = pair.changes();
            destination.add(quote(next.name()));
            if (changes.arity() && next.arity().isRequired() && next.defaultValue() != null) {
                source.add("coalesce(" + quote(previous.name()) + ", " + defaultValue(next.defaultValue()) + ") AS "
                        + quote(previous.name()));
            } else {
                source.add(quote(previous.name()));
            }
        }
        return "INSERT INTO " + quote(temporary) + " (" + String.join(", ", destination) + ") SELECT "
                + String.join(", ", source) + " FROM " + quote(redefine.tables().previous().name());
    }
}
