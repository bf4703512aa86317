package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.Index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What the differ asks of a database; each database answers only where it differs (Prisma's flavour traits). */
public interface DifferFlavour {

    /** How a column's type change is carried out, or {@code null} when the type did not change. */
    TypeChange columnTypeChange(Pair<Column> columns);

    /** Whether foreign keys can be renamed in place. */
    boolean canRenameForeignKey();

    default boolean canRenameIndex() {
        return true;
    }

    default boolean canRedefineTablesWithInboundForeignKeys() {
        return false;
    }

    /** MySQL cannot make a column constrained by a foreign key NOT NULL without recreating the key. */
    default boolean canCopeWithForeignKeyColumnBecomingNonNullable() {
        return true;
    }

    default boolean columnAutoincrementChanged(Pair<Column> columns) {
        return columns.previous().isAutoincrement() != columns.next().isAutoincrement();
    }

    /** Adds enum steps (PostgreSQL); enums elsewhere live in columns and change with them. */
    default void pushEnumSteps(List<MigrationStep> steps, DiffDatabase db) {
    }

    /** Database-specific parts of index equality (PostgreSQL access methods and operator classes). */
    default boolean indexesMatch(Index previous, Index next) {
        return true;
    }

    /** Whether dropping a column also drops the indexes on it, so they must be created again. */
    default boolean indexesShouldBeRecreatedAfterColumnDrop() {
        return false;
    }

    default boolean indexShouldBeRenamed(Pair<Index> indexes) {
        return !indexes.previous().name().equals(indexes.next().name());
    }

    default boolean lowerCasesTableNames() {
        return false;
    }

    /** Whether created tables get separate {@code CREATE INDEX} steps (MySQL declares them in the table). */
    default boolean shouldCreateIndexesFromCreatedTables() {
        return true;
    }

    default boolean shouldDropIndexesFromDroppedTables() {
        return false;
    }

    default boolean shouldDropForeignKeysFromDroppedTables() {
        return true;
    }

    /** MySQL keeps no Json defaults worth comparing. */
    default boolean shouldIgnoreJsonDefaults() {
        return false;
    }

    /** Whether created tables get separate {@code ADD FOREIGN KEY} steps (SQLite declares them in the table). */
    default boolean shouldPushForeignKeysFromCreatedTables() {
        return true;
    }

    /** MySQL creates an index for each foreign key by itself; those are not dropped separately. */
    default boolean shouldSkipForeignKeyIndexes() {
        return false;
    }

    default boolean stringMatchesBytes(String string, byte[] bytes) {
        return Arrays.equals(string.getBytes(StandardCharsets.UTF_8), bytes);
    }

    default boolean tableNamesMatch(Pair<String> names) {
        return names.previous().equals(names.next());
    }

    /** Chooses the tables that must be redefined rather than altered (SQLite). */
    default void setTablesToRedefine(DiffDatabase db) {
    }

    /** System tables of extensions (PostGIS, SpatiaLite) that migrations never touch. */
    default boolean tableShouldBeIgnored(String tableName) {
        return false;
    }

    /** SQLite does not name foreign keys reliably, so renames are not diffed. */
    default boolean hasUnnamedForeignKeys() {
        return false;
    }
}
