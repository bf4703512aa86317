package io.prisma4j.migrate.check;

import java.util.List;

/** Steps that may lose data, with Prisma's messages (with and without knowledge of the data). */
final class Warnings {
    private Warnings() {
    }

    record NonEmptyTableDrop(TableRef table) implements Check {
        public TableRef neededRowCount() {
            return table;
        }

        public String evaluate(Counts counts) {
            Long rows = counts.rows(table);
            if (rows == null) {
                return "You are about to drop the `" + table.table() + "` table. If the table is not empty, all the data "
                        + "it contains will be lost.";
            }
            return rows == 0 ? null : "You are about to drop the `" + table.table() + "` table, which is not empty ("
                    + rows + " rows).";
        }
    }

    record NonEmptyColumnDrop(ColumnRef column) implements Check {
        public ColumnRef neededValueCount() {
            return column;
        }

        public String evaluate(Counts counts) {
            Long rows = counts.rows(column.tableRef());
            Long values = counts.values(column);
            if ((rows != null && rows == 0) || (values != null && values == 0)) {
                return null;
            }
            return values != null
                    ? "You are about to drop the column `" + column.column() + "` on the `" + column.table()
                    + "` table, which still contains " + values + " non-null values."
                    : "You are about to drop the column `" + column.column() + "` on the `" + column.table()
                    + "` table. All the data in the column will be lost.";
        }
    }

    record DropAndRecreateColumn(ColumnRef column) implements Check {
        public TableRef neededRowCount() {
            return column.tableRef();
        }

        public ColumnRef neededValueCount() {
            return column;
        }

        public String evaluate(Counts counts) {
            Long rows = counts.rows(column.tableRef());
            Long values = counts.values(column);
            if ((rows != null && rows == 0) || (values != null && values == 0)) {
                return null;
            }
            String head = "The `" + column.column() + "` column on the `" + column.table()
                    + "` table would be dropped and recreated.";
            return values == null ? head + " This will lead to data loss if there is data in the column."
                    : head + " This will lead to data loss.";
        }
    }

    record RiskyCast(ColumnRef column, String previousType, String nextType) implements Check {
        public ColumnRef neededValueCount() {
            return column;
        }

        public String evaluate(Counts counts) {
            Long rows = counts.rows(column.tableRef());
            Long values = counts.values(column);
            if ((rows != null && rows == 0) || (values != null && values == 0)) {
                return null;
            }
            String cast = " The data in that column will be cast from `" + previousType + "` to `" + nextType + "`.";
            return values != null
                    ? "You are about to alter the column `" + column.column() + "` on the `" + column.table()
                    + "` table, which contains " + values + " non-null values." + cast
                    : "You are about to alter the column `" + column.column() + "` on the `" + column.table()
                    + "` table. The data in that column could be lost." + cast;
        }
    }

    record NotCastable(ColumnRef column, String previousType, String nextType) implements Check {
        public ColumnRef neededValueCount() {
            return column;
        }

        public String evaluate(Counts counts) {
            Long rows = counts.rows(column.tableRef());
            Long values = counts.values(column);
            if ((rows != null && rows == 0) || (values != null && values == 0)) {
                return null;
            }
            String cast = " The data in that column will be cast from `" + previousType + "` to `" + nextType
                    + "`. This cast may fail. Please make sure the data in the column can be cast.";
            return values != null
                    ? "You are about to alter the column `" + column.column() + "` on the `" + column.table()
                    + "` table, which contains " + values + " non-null values." + cast
                    : "You are about to alter the column `" + column.column() + "` on the `" + column.table()
                    + "` table." + cast;
        }
    }

    record PrimaryKeyChange(TableRef table) implements Check {
        public TableRef neededRowCount() {
            return table;
        }

        public String evaluate(Counts counts) {
            Long rows = counts.rows(table);
            return rows != null && rows == 0 ? null : "The primary key for the `" + table.table() + "` table will be "
                    + "changed. If it partially fails, the table could be left without primary key constraint.";
        }
    }

    record UniqueConstraintAddition(String table, List<String> columns) implements Check {
        public String evaluate(Counts counts) {
            return "A unique constraint covering the columns `[" + String.join(",", columns) + "]` on the table `"
                    + table + "` will be added. If there are existing duplicate values, this will fail.";
        }
    }

    record EnumValueRemoval(String enumName, List<String> values) implements Check {
        public String evaluate(Counts counts) {
            return "The values [" + String.join(",", values) + "] on the enum `" + enumName + "` will be removed. If "
                    + "these variants are still used in the database, this will fail.";
        }
    }
}
