package io.prisma4j.migrate.introspect;

import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.migrate.history.MigrationsTable;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.IndexKind;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.Table;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.format.FormattedSchema;
import io.prisma4j.schema.model.DataModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code db pull}: writes a described database as Prisma schema models and enums, after the given
 * configuration blocks (the existing schema's datasource and generators).
 */
public final class Introspector {
    /** The schema text and what it holds. */
    public record Result(String schema, int models, int enums, List<String> warnings) {
    }

    private Introspector() {
    }

    /**
     * @param database the described database
     * @param dialect  its dialect
     * @param existing the schema being replaced (its names are kept), or {@code null}
     * @param header   the datasource and generator blocks to put first
     */
    public static Result introspect(SqlSchema database, Dialect dialect, DataModel existing, String header) {
        ExistingNames names = existing == null ? ExistingNames.none() : new ExistingNames(existing);
        int maxLength = io.prisma4j.schema.connector.Connector.of(dialect.provider()).maxIdentifierLength();
        List<Table> tables = database.tables().stream().filter(t -> !t.name().equals(MigrationsTable.NAME)).toList();
        List<Table> joinTables = tables.stream().filter(Introspector::isJoinTable).toList();
        List<Table> modelTables = tables.stream().filter(t -> !joinTables.contains(t)).toList();

        Map<Table, PslModel> models = new LinkedHashMap<>();
        for (Table table : modelTables) {
            String name = names.modelName(table.name()).orElse(Identifiers.sanitize(table.name(), "M"));
            models.put(table, new PslModel("model", name));
        }
        EnumNames enums = EnumNames.of(database, modelTables, models, names, dialect);
        List<String> warnings = new ArrayList<>();
        for (Table table : modelTables) {
            ModelWriter.scalarFields(table, models.get(table), enums, names, dialect, maxLength);
        }
        RelationFields.add(modelTables, joinTables, models, names, maxLength);
        for (Table table : modelTables) {
            PslModel model = models.get(table);
            ModelWriter.blockAttributes(table, model, dialect, maxLength);
            if (!ModelWriter.hasUniqueCriteria(table)) {
                model.documentation.add("The underlying table does not contain a valid unique identifier and can "
                        + "therefore currently not be handled by Prisma Client.");
                model.blockAttributes.add("@@ignore");
                warnings.add("The model `" + model.name + "` has no unique identifier and was marked with @@ignore.");
            }
        }
        StringBuilder out = new StringBuilder(formatted(header).strip()).append('\n');
        for (PslModel model : models.values()) {
            out.append('\n').append(PslWriter.write(model));
        }
        for (PslModel enumBlock : enums.blocks()) {
            out.append('\n').append(PslWriter.write(enumBlock));
        }
        return new Result(out.toString(), models.size(), enums.blocks().size(), warnings);
    }

    /** The configuration blocks as {@code prisma format} writes them (Prisma reformats what it pulls). */
    private static String formatted(String header) {
        FormattedSchema formatted = PrismaSchema.format(header);
        return formatted.isValid() ? formatted.text() : header;
    }

    /**
     * A Prisma implicit many-to-many table: {@code _Name} with exactly columns {@code A} and {@code B}, each a
     * foreign key, and uniqueness on (A, B).
     */
    static boolean isJoinTable(Table table) {
        if (!table.name().startsWith("_") || table.columns().size() != 2 || table.column("A").isEmpty()
                || table.column("B").isEmpty() || table.foreignKeys().size() != 2) {
            return false;
        }
        boolean uniqueAB = table.indexes().stream().anyMatch(i -> (i.kind() == IndexKind.UNIQUE
                || i.kind() == IndexKind.PRIMARY_KEY) && i.columnNames().equals(List.of("A", "B")));
        boolean fksOnAB = table.foreignKeys().stream().map(ForeignKey::columns)
                .allMatch(c -> c.size() == 1 && (c.get(0).name().equals("A") || c.get(0).name().equals("B")));
        return uniqueAB && fksOnAB;
    }

    /** Whether {@code columns} are exactly the table's primary key or one of its unique indexes. */
    static boolean isUnique(Table table, List<Column> columns) {
        List<String> names = columns.stream().map(Column::name).toList();
        for (Index index : table.indexes()) {
            if ((index.isPrimaryKey() || index.isUnique()) && index.columnNames().equals(names)) {
                return true;
            }
        }
        return false;
    }

    /** Enum names in the schema (PostgreSQL types, MySQL columns). */
    record EnumNames(Map<SqlEnum, PslModel> byEnum, Map<String, PslModel> byName) {

        static EnumNames of(SqlSchema database, List<Table> tables, Map<Table, PslModel> models, ExistingNames names,
                            Dialect dialect) {
            Map<SqlEnum, PslModel> byEnum = new LinkedHashMap<>();
            Map<String, PslModel> byName = new LinkedHashMap<>();
            if (dialect.calculator().hasEnumTypes()) {
                for (SqlEnum sqlEnum : database.enums()) {
                    String name = names.enumName(sqlEnum.name()).orElse(Identifiers.sanitize(sqlEnum.name(), "E"));
                    PslModel block = EnumWriter.block(name, sqlEnum.name(), sqlEnum.values());
                    byEnum.put(sqlEnum, block);
                    byName.put(name, block);
                }
                return new EnumNames(byEnum, byName);
            }
            for (Table table : tables) {
                for (Column column : table.columns()) {
                    SqlEnum sqlEnum = column.type().enumType();
                    if (sqlEnum == null) {
                        continue;
                    }
                    String fieldName = names.field(table.name(), column.name()).map(f -> f.name())
                            .orElse(Identifiers.sanitize(column.name(), "f"));
                    String name = names.fieldEnum(table.name(), column.name(), sqlEnum.values()).map(e -> e.name())
                            .orElse(models.get(table).name + "_" + fieldName);
                    PslModel block = byName.computeIfAbsent(name, n -> EnumWriter.block(n, n, sqlEnum.values()));
                    byEnum.put(sqlEnum, block);
                }
            }
            return new EnumNames(byEnum, byName);
        }

        List<PslModel> blocks() {
            return new ArrayList<>(byName.values());
        }
    }
}
