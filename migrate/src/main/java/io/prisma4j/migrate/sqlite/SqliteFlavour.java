package io.prisma4j.migrate.sqlite;

import io.prisma4j.migrate.calculate.CalculationContext;
import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.calculate.SchemaCalculator;
import io.prisma4j.migrate.diff.DiffDatabase;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.TableDiffer;
import io.prisma4j.migrate.diff.TypeChange;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.migrate.schema.SqlSchemaBuilder;
import io.prisma4j.schema.model.NativeType;
import io.prisma4j.schema.model.PrimaryKey;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

/** How SQLite answers the calculator and the differ. */
public final class SqliteFlavour implements CalculatorFlavour, DifferFlavour {

    /** SQLite has no native types: columns are rendered from their family. */
    @Override
    public DbType defaultNativeType(ScalarType scalarType) {
        return null;
    }

    @Override
    public DbType nativeType(NativeType written) {
        return null;
    }

    @Override
    public ColumnType enumColumnType(ScalarField field, CalculationContext context, SqlSchemaBuilder builder) {
        return listAsJson(ColumnType.of(ColumnTypeFamily.STRING, null, SchemaCalculator.arity(field.arity())));
    }

    @Override
    public ColumnType scalarColumnType(ColumnType calculated) {
        return listAsJson(calculated);
    }

    /** Scalar lists are kept as JSON documents in one required column. */
    static ColumnType listAsJson(ColumnType type) {
        return type.arity().isList() ? ColumnType.of(ColumnTypeFamily.JSON, null, ColumnArity.REQUIRED) : type;
    }

    /** An integer primary key is SQLite's rowid: it fills itself. */
    @Override
    public boolean isImplicitAutoincrementPrimaryKey(ScalarField field) {
        return field.scalarType() == ScalarType.INT && field.container() != null
                && field.model().primaryKey().map(PrimaryKey::scalarFields)
                .map(fields -> fields.size() == 1 && fields.get(0) == field).orElse(false);
    }

    @Override
    public boolean canRenameForeignKey() {
        return false;
    }

    @Override
    public boolean canRedefineTablesWithInboundForeignKeys() {
        return true;
    }

    @Override
    public boolean canRenameIndex() {
        return false;
    }

    @Override
    public boolean columnAutoincrementChanged(Pair<Column> columns) {
        return false;
    }

    @Override
    public TypeChange columnTypeChange(Pair<Column> columns) {
        ColumnTypeFamily previous = columns.previous().family();
        ColumnTypeFamily next = columns.next().family();
        if (previous == next) {
            return null;
        }
        return next == ColumnTypeFamily.STRING ? TypeChange.SAFE_CAST : TypeChange.RISKY_CAST;
    }

    @Override
    public boolean shouldDropIndexesFromDroppedTables() {
        return true;
    }

    @Override
    public boolean shouldDropForeignKeysFromDroppedTables() {
        return false;
    }

    @Override
    public boolean shouldPushForeignKeysFromCreatedTables() {
        return false;
    }

    @Override
    public boolean hasUnnamedForeignKeys() {
        return true;
    }

    /**
     * SQLite's {@code ALTER TABLE} can only add optional columns, so any other change redefines the table
     * (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes").
     */
    @Override
    public void setTablesToRedefine(DiffDatabase db) {
        for (TableDiffer table : db.tablePairs()) {
            if (table.createdPrimaryKey().isPresent() || table.droppedPrimaryKey().isPresent()
                    || table.primaryKeyChanged() || !table.droppedColumns().isEmpty()
                    || table.addedColumns().stream().anyMatch(c -> c.arity().isRequired())
                    || table.anyColumnChanged() || !table.createdForeignKeys().isEmpty()
                    || !table.droppedForeignKeys().isEmpty()) {
                db.redefine(table.tables());
            }
        }
    }
}
