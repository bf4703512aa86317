package io.prisma4j.migrate.check;

/** Steps that cannot run on the data the database holds, with Prisma's messages. */
final class Unexecutables {
    private Unexecutables() {
    }

    record AddedRequiredField(ColumnRef column) implements Check.CountsRows {
        public String evaluate(Counts counts) {
            if (counts.emptyTable(column.tableRef())) {
                return null;
            }
            return "Added the required column `" + column.column() + "` to the `" + column.table()
                    + "` table without a default value. " + notPossibleWithRows(counts.rows(column.tableRef()));
        }
    }

    record AddedRequiredFieldWithPrismaLevelDefault(ColumnRef column) implements Check.CountsRows {
        public String evaluate(Counts counts) {
            if (counts.emptyTable(column.tableRef())) {
                return null;
            }
            return "The required column `" + column.column() + "` was added to the `" + column.table()
                    + "` table with a prisma-level default value. " + notPossibleWithRows(counts.rows(column.tableRef()))
                    + " Please add this column as optional, then populate it before making it required.";
        }
    }

    record MadeOptionalFieldRequired(ColumnRef column) implements Check.CountsRows, Check.CountsValues {
        public String evaluate(Counts counts) {
            Long rows = counts.rows(column.tableRef());
            Long values = counts.values(column);
            if (counts.emptyTable(column.tableRef())) {
                return null;
            }
            if (rows != null && values != null) {
                long nulls = rows - values;
                return nulls == 0 ? null : "Made the column `" + column.column() + "` on table `" + column.table()
                        + "` required, but there are " + nulls + " existing NULL values.";
            }
            return "Made the column `" + column.column() + "` on table `" + column.table() + "` required. This step "
                    + "will fail if there are existing NULL values in that column.";
        }
    }

    record MadeScalarFieldIntoArrayField(ColumnRef column) implements Check.CountsRows, Check.CountsValues {
        public String evaluate(Counts counts) {
            if (counts.emptyColumn(column)) {
                return null;
            }
            Long values = counts.values(column);
            String head = "Changed the column `" + column.column() + "` on the `" + column.table()
                    + "` table from a scalar field to a list field. ";
            return head + (values != null ? "There are " + values
                    + " existing non-null values in that column, this step cannot be executed."
                    : "If there are non-null values in that column, this step will fail.");
        }
    }

    record DropAndRecreateRequiredColumn(ColumnRef column) implements Check.CountsRows {
        public String evaluate(Counts counts) {
            Long rows = counts.rows(column.tableRef());
            String head = "Changed the type of `" + column.column() + "` on the `" + column.table() + "` table. No cast "
                    + "exists, the column would be dropped and recreated, which cannot be done ";
            if (rows == null) {
                return head + "if there is data, since the column is required.";
            }
            return rows == 0 ? null : head + "since the column is required and there is data in the table.";
        }
    }

    /** Why a required column cannot be added: the table may hold rows, or holds this many. */
    private static String notPossibleWithRows(Long rows) {
        return rows == null ? "This is not possible if the table is not empty."
                : "There are " + rows + " rows in this table, it is not possible to execute this step.";
    }
}
