package io.prisma4j.migrate.calculate;

import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlSchemaBuilder;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.NativeType;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

/** What the calculator asks of a database; each database answers only where it differs. */
public interface CalculatorFlavour {

    /** The type of a column without {@code @db.*}; {@code null} when the database has no native types. */
    DbType defaultNativeType(ScalarType scalarType);

    /** {@code @db.X(args)} as the database's type; {@code null} when the database has no native types. */
    default DbType nativeType(NativeType written) {
        return new DbType(written.name(), written.arguments().stream().map(a -> Integer.parseInt(a.strip())).toList());
    }

    /** The column type of a built-in scalar field, as calculated; a database may store it differently. */
    default ColumnType scalarColumnType(ColumnType calculated) {
        return calculated;
    }

    /** Whether enums are types of their own (PostgreSQL) rather than a column property or plain text. */
    default boolean hasEnumTypes() {
        return false;
    }

    /** Called before tables are calculated: databases with enum types create them here. */
    default void calculateEnums(DataModel dataModel, SqlSchemaBuilder builder, CalculationContext context) {
    }

    /** The column type of an enum field. */
    ColumnType enumColumnType(ScalarField field, CalculationContext context, SqlSchemaBuilder builder);

    /** The default of {@code @default(autoincrement())} as the database keeps it, or {@code null}. */
    default SqlDefault autoincrementDefault() {
        return null;
    }

    /** SQLite: an integer primary key is the rowid, so it fills itself even without {@code autoincrement()}. */
    default boolean isImplicitAutoincrementPrimaryKey(ScalarField field) {
        return false;
    }

    /** Whether primary keys carry a name the database keeps ({@code CONSTRAINT "User_pkey"}). */
    default boolean namesPrimaryKeys() {
        return false;
    }

    /** Whether implicit many-to-many tables get a primary key on (A, B) rather than a unique index. */
    default boolean joinTablesHavePrimaryKey() {
        return false;
    }

    /** Whether the database has schemas (namespaces) to create. */
    default boolean hasNamespaces() {
        return false;
    }
}
