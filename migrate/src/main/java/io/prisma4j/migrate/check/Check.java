package io.prisma4j.migrate.check;

/** One thing that may go wrong: which counts it needs, and its message given those counts (or none). */
interface Check {

    /** The table whose rows this check needs counted, or {@code null}. */
    default TableRef neededRowCount() {
        return null;
    }

    /** The column whose non-null values this check needs counted, or {@code null}. */
    default ColumnRef neededValueCount() {
        return null;
    }

    /** The message, or {@code null} when the counts show the step is harmless. */
    String evaluate(Counts counts);

    /** A check on a column that needs the rows of the column's table counted. */
    interface CountsRows extends Check {
        ColumnRef column();

        @Override
        default TableRef neededRowCount() {
            return column().tableRef();
        }
    }

    /** A check on a column that needs the column's non-null values counted. */
    interface CountsValues extends Check {
        ColumnRef column();

        @Override
        default ColumnRef neededValueCount() {
            return column();
        }
    }
}
