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

    record NonEmptyColumnDrop(ColumnRef column) implements Check.CountsValues {
        public String evaluate(Counts counts) {
            return counts.emptyColumn(column) ? null : aboutTo("drop", column, counts.values(column), "still contains",
                    ". All the data in the column will be lost.");
        }
    }

    record DropAndRecreateColumn(ColumnRef column) implements Check.CountsRows, Check.CountsValues {
        public String evaluate(Counts counts) {
            if (counts.emptyColumn(column)) {
                return null;
            }
            String head = "The `" + column.column() + "` column on the `" + column.table()
                    + "` table would be dropped and recreated.";
            return counts.values(column) == null ? head + " This will lead to data loss if there is data in the column."
                    : head + " This will lead to data loss.";
        }
    }

    record RiskyCast(ColumnRef column, String previousType, String nextType) implements Check.CountsValues {
        public String evaluate(Counts counts) {
            return counts.emptyColumn(column) ? null : aboutTo("alter", column, counts.values(column), "contains",
                    ". The data in that column could be lost.") + " The data in that column will be cast from `"
                    + previousType + "` to `" + nextType + "`.";
        }
    }

    record NotCastable(ColumnRef column, String previousType, String nextType) implements Check.CountsValues {
        public String evaluate(Counts counts) {
            return counts.emptyColumn(column) ? null : aboutTo("alter", column, counts.values(column), "contains", ".")
                    + " The data in that column will be cast from `" + previousType + "` to `" + nextType
                    + "`. This cast may fail. Please make sure the data in the column can be cast.";
        }
    }

    record PrimaryKeyChange(TableRef table) implements Check {
        public TableRef neededRowCount() {
            return table;
        }

        public String evaluate(Counts counts) {
            return counts.emptyTable(table) ? null : "The primary key for the `" + table.table() + "` table will be "
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

    /**
     * "You are about to {@code change} the column `c` on the `t` table", then how many values it holds
     * ({@code ", which <holds> N non-null values."}) or, when they were not counted, {@code uncounted}.
     */
    private static String aboutTo(String change, ColumnRef column, Long values, String holds, String uncounted) {
        return "You are about to " + change + " the column `" + column.column() + "` on the `" + column.table()
                + "` table" + (values != null ? ", which " + holds + " " + values + " non-null values." : uncounted);
    }
}
