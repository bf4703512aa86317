package io.prisma4j.migrate.mysql;

import io.prisma4j.migrate.calculate.CalculationContext;
import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.calculate.SchemaCalculator;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.TypeChange;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.SqlSchemaBuilder;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

/** How MySQL and MariaDB answer the calculator and the differ. */
public final class MySqlFlavour implements CalculatorFlavour, DifferFlavour {
    private final boolean mariadb;

    public MySqlFlavour(boolean mariadb) {
        this.mariadb = mariadb;
    }

    @Override
    public DbType defaultNativeType(ScalarType scalarType) {
        return MySqlTypes.defaultFor(scalarType);
    }

    /** A MySQL enum belongs to its column: one value list per field, named {@code <table>_<column>}. */
    @Override
    public ColumnType enumColumnType(ScalarField field, CalculationContext context, SqlSchemaBuilder builder) {
        SqlEnum values = builder.enumType(null, field.model().databaseName() + "_" + field.databaseName(),
                field.enumType().values().stream().map(EnumType.Value::databaseName).toList());
        return ColumnType.enumOf(values, SchemaCalculator.arity(field.arity()));
    }

    @Override
    public boolean canRenameForeignKey() {
        return false;
    }

    /** MariaDB has no {@code RENAME INDEX} that Prisma relies on: indexes are created anew, then dropped. */
    @Override
    public boolean canRenameIndex() {
        return !mariadb;
    }

    @Override
    public boolean canCopeWithForeignKeyColumnBecomingNonNullable() {
        return false;
    }

    @Override
    public TypeChange columnTypeChange(Pair<Column> columns) {
        Column previous = columns.previous();
        Column next = columns.next();
        DbType previousType = previous.nativeType();
        DbType nextType = next.nativeType();
        // On MariaDB, JSON is an alias of LONGTEXT (mariadb.com/kb/en/json-data-type).
        if (mariadb && previousType != null && nextType != null && previousType.is("LongText") && nextType.is("Json")) {
            return null;
        }
        if (mariadb && previous.family() == ColumnTypeFamily.STRING && next.family() == ColumnTypeFamily.JSON
                && (previousType == null || nextType == null)) {
            return null;
        }
        SqlEnum previousEnum = previous.type().enumType();
        SqlEnum nextEnum = next.type().enumType();
        if (previousEnum != null && nextEnum != null) {
            if (previousEnum.values().equals(nextEnum.values())) {
                return null;
            }
            return nextEnum.values().containsAll(previousEnum.values()) ? TypeChange.SAFE_CAST : TypeChange.RISKY_CAST;
        }
        if (previousEnum != null || nextEnum != null) {
            return TypeChange.RISKY_CAST;
        }
        if (previousType != null && nextType != null) {
            return MySqlCasts.change(previousType, nextType);
        }
        return null;
    }

    @Override
    public boolean shouldCreateIndexesFromCreatedTables() {
        return false;
    }

    @Override
    public boolean shouldIgnoreJsonDefaults() {
        return true;
    }

    @Override
    public boolean shouldSkipForeignKeyIndexes() {
        return true;
    }
}
