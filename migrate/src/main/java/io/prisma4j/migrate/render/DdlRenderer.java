package io.prisma4j.migrate.render;

import io.prisma4j.migrate.diff.AlterEnum;
import io.prisma4j.migrate.diff.MigrationStep;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.RedefineTable;
import io.prisma4j.migrate.schema.ForeignKey;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.Table;

import java.util.List;

/**
 * Renders the steps of a migration as SQL statements (without the trailing semicolon). A database
 * overrides what it supports; the defaults fail loudly for steps its differ never produces.
 */
public interface DdlRenderer {

    /** Quotes an identifier. */
    String quote(String identifier);

    String createTable(Table table);

    List<String> dropTable(Table table);

    String createIndex(Index index);

    String dropIndex(Index index);

    String addForeignKey(ForeignKey foreignKey);

    List<String> alterTable(MigrationStep.AlterTable step, Pair<SqlSchema> schemas);

    default String createNamespace(String namespace) {
        throw unsupported("CreateSchema");
    }

    default List<String> createEnum(SqlEnum enumType) {
        throw unsupported("CreateEnum");
    }

    default List<String> dropEnum(SqlEnum enumType, SqlSchema previous) {
        throw unsupported("DropEnum");
    }

    default List<String> alterEnum(AlterEnum alter, Pair<SqlSchema> schemas) {
        throw unsupported("AlterEnum");
    }

    default String dropForeignKey(ForeignKey foreignKey) {
        throw unsupported("DropForeignKey");
    }

    default String renameForeignKey(Pair<ForeignKey> foreignKeys) {
        throw unsupported("RenameForeignKey");
    }

    default List<String> renameIndex(Pair<Index> indexes) {
        throw unsupported("RenameIndex");
    }

    default List<String> redefineIndex(Pair<Index> indexes) {
        throw unsupported("RedefineIndex");
    }

    default List<String> redefineTables(List<RedefineTable> tables, Pair<SqlSchema> schemas) {
        throw unsupported("RedefineTables");
    }

    /** The statements of one step. */
    default List<String> render(MigrationStep step, Pair<SqlSchema> schemas) {
        if (step instanceof MigrationStep.CreateSchema s) {
            return List.of(createNamespace(s.namespace()));
        } else if (step instanceof MigrationStep.CreateEnum s) {
            return createEnum(s.enumType());
        } else if (step instanceof MigrationStep.AlterEnumStep s) {
            return alterEnum(s.alter(), schemas);
        } else if (step instanceof MigrationStep.DropForeignKey s) {
            return List.of(dropForeignKey(s.foreignKey()));
        } else if (step instanceof MigrationStep.DropIndex s) {
            return List.of(dropIndex(s.index()));
        } else if (step instanceof MigrationStep.AlterTable s) {
            return alterTable(s, schemas);
        } else if (step instanceof MigrationStep.DropTable s) {
            return dropTable(s.table());
        } else if (step instanceof MigrationStep.DropEnum s) {
            return dropEnum(s.enumType(), schemas.previous());
        } else if (step instanceof MigrationStep.CreateTable s) {
            return List.of(createTable(s.table()));
        } else if (step instanceof MigrationStep.RedefineTables s) {
            return redefineTables(s.tables(), schemas);
        } else if (step instanceof MigrationStep.CreateIndex s) {
            return List.of(createIndex(s.index()));
        } else if (step instanceof MigrationStep.RenameForeignKey s) {
            return List.of(renameForeignKey(s.foreignKeys()));
        } else if (step instanceof MigrationStep.AddForeignKey s) {
            return List.of(addForeignKey(s.foreignKey()));
        } else if (step instanceof MigrationStep.RenameIndex s) {
            return renameIndex(s.indexes());
        } else if (step instanceof MigrationStep.RedefineIndex s) {
            return redefineIndex(s.indexes());
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    private static UnsupportedOperationException unsupported(String step) {
        return new UnsupportedOperationException(step + " is not a step this database's migrations produce");
    }
}
