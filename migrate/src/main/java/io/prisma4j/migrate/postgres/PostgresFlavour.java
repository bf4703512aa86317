package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.calculate.CalculationContext;
import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.calculate.SchemaCalculator;
import io.prisma4j.migrate.diff.AlterEnum;
import io.prisma4j.migrate.diff.DiffDatabase;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.diff.MigrationStep;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.TableDiffer;
import io.prisma4j.migrate.diff.TypeChange;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.SqlSchemaBuilder;
import io.prisma4j.migrate.schema.Table;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** How PostgreSQL answers the calculator and the differ. */
public final class PostgresFlavour implements CalculatorFlavour, DifferFlavour {
    /** PostGIS keeps these as tables or views depending on its version; migrations leave them alone. */
    private static final Set<String> POSTGIS_TABLES = Set.of("spatial_ref_sys", "geometry_columns",
            "geography_columns", "raster_columns", "raster_overviews");

    @Override
    public DbType defaultNativeType(ScalarType scalarType) {
        return PostgresTypes.defaultFor(scalarType);
    }

    @Override
    public boolean hasEnumTypes() {
        return true;
    }

    @Override
    public void calculateEnums(DataModel dataModel, SqlSchemaBuilder builder, CalculationContext context) {
        for (EnumType enumType : dataModel.enums()) {
            SqlEnum sqlEnum = builder.enumType(enumType.schema().orElse(null), enumType.databaseName(),
                    enumType.values().stream().map(EnumType.Value::databaseName).toList());
            context.registerEnum(enumType, sqlEnum);
        }
    }

    @Override
    public ColumnType enumColumnType(ScalarField field, CalculationContext context, SqlSchemaBuilder builder) {
        return ColumnType.enumOf(context.sqlEnum(field.enumType()), SchemaCalculator.arity(field.arity()));
    }

    @Override
    public SqlDefault autoincrementDefault() {
        return new SqlDefault.Sequence("");
    }

    @Override
    public boolean namesPrimaryKeys() {
        return true;
    }

    @Override
    public boolean joinTablesHavePrimaryKey() {
        return true;
    }

    @Override
    public boolean hasNamespaces() {
        return true;
    }

    @Override
    public boolean canRenameForeignKey() {
        return true;
    }

    @Override
    public TypeChange columnTypeChange(Pair<Column> columns) {
        SqlEnum previousEnum = columns.previous().type().enumType();
        SqlEnum nextEnum = columns.next().type().enumType();
        if (previousEnum != null || nextEnum != null) {
            if (previousEnum != null && nextEnum != null && previousEnum.name().equals(nextEnum.name())
                    && Objects.equals(previousEnum.namespace(), nextEnum.namespace())) {
                return null;
            }
            return TypeChange.NOT_CASTABLE;
        }
        boolean listToScalar = columns.previous().arity().isList() && !columns.next().arity().isList();
        boolean scalarToList = !columns.previous().arity().isList() && columns.next().arity().isList();
        DbType previous = columns.previous().nativeType();
        DbType next = columns.next().nativeType();
        if (listToScalar && next != null) {
            if (next.is("Text") || (next.is("VarChar") && !next.hasArgs())) {
                return TypeChange.SAFE_CAST;
            }
            if (next.is("VarChar") || next.is("Char")) {
                return TypeChange.RISKY_CAST;
            }
        }
        if (scalarToList || listToScalar) {
            return TypeChange.NOT_CASTABLE;
        }
        if (previous != null && next != null) {
            return PostgresCasts.change(previous, next);
        }
        if (previous == null && next == null) {
            return null;
        }
        return TypeChange.RISKY_CAST;
    }

    @Override
    public void pushEnumSteps(List<MigrationStep> steps, DiffDatabase db) {
        for (Pair<SqlEnum> enums : db.enumPairs()) {
            List<String> created = enums.next().values().stream()
                    .filter(v -> !enums.previous().values().contains(v)).toList();
            List<String> dropped = enums.previous().values().stream()
                    .filter(v -> !enums.next().values().contains(v)).toList();
            if (created.isEmpty() && dropped.isEmpty()) {
                continue;
            }
            steps.add(new MigrationStep.AlterEnumStep(new AlterEnum(enums, created, dropped, defaultUsages(db, enums))));
        }
        for (SqlEnum created : db.createdEnums()) {
            steps.add(new MigrationStep.CreateEnum(created));
        }
        for (SqlEnum dropped : db.droppedEnums()) {
            steps.add(new MigrationStep.DropEnum(dropped));
        }
    }

    /** Columns whose default is a value of the enum: the default has to go while the type is swapped. */
    private static List<Pair<Column>> defaultUsages(DiffDatabase db, Pair<SqlEnum> enums) {
        List<Pair<Column>> usages = new ArrayList<>();
        String previousName = enums.previous().name();
        String nextName = enums.next().name();
        for (Table table : db.droppedTables()) {
            for (Column column : table.columns()) {
                if (usesEnum(column, previousName) && column.hasDefault()) {
                    usages.add(new Pair<>(column, null));
                }
            }
        }
        for (TableDiffer tables : db.tablePairs()) {
            for (Column column : tables.droppedColumns()) {
                if (usesEnum(column, previousName) && column.hasDefault()) {
                    usages.add(new Pair<>(column, null));
                }
            }
            for (Pair<Column> columns : tables.columnPairs()) {
                if (usesEnum(columns.previous(), previousName) && columns.previous().hasDefault()) {
                    Column next = usesEnum(columns.next(), nextName) && columns.next().hasDefault() ? columns.next() : null;
                    usages.add(new Pair<>(columns.previous(), next));
                }
            }
        }
        return usages;
    }

    private static boolean usesEnum(Column column, String enumName) {
        return column.type().enumType() != null && column.type().enumType().name().equals(enumName);
    }

    @Override
    public boolean indexesMatch(Index previous, Index next) {
        if (previous.algorithm() != next.algorithm()) {
            return false;
        }
        List<IndexColumn> a = previous.columns();
        List<IndexColumn> b = next.columns();
        for (int i = 0; i < a.size(); i++) {
            IndexColumn.OperatorClass x = a.get(i).operatorClass();
            IndexColumn.OperatorClass y = b.get(i).operatorClass();
            // The schema often leaves out an operator class that is the default one.
            boolean same = (x == null && y == null) || (x != null && y != null && x.name().equals(y.name()))
                    || (x == null && y.isDefault()) || (y == null && x.isDefault());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean indexesShouldBeRecreatedAfterColumnDrop() {
        return true;
    }

    @Override
    public boolean stringMatchesBytes(String string, byte[] bytes) {
        if (!string.startsWith("\\x") || string.length() - 2 != bytes.length * 2) {
            return false;
        }
        try {
            return java.util.Arrays.equals(java.util.HexFormat.of().parseHex(string.substring(2)), bytes);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean tableShouldBeIgnored(String tableName) {
        return POSTGIS_TABLES.contains(tableName.toLowerCase(Locale.ROOT));
    }
}
