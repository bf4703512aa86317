package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlValue;

import java.util.List;

/** What changed in a column, with Prisma's rules for when two defaults are the same. */
final class ColumnDiff {
    private ColumnDiff() {
    }

    static ColumnChanges changes(Pair<Column> columns, DifferFlavour flavour) {
        TypeChange typeChange = flavour.columnTypeChange(columns);
        boolean arity = columns.previous().arity() != columns.next().arity();
        boolean defaultChanged = !defaultsMatch(columns, flavour);
        boolean autoincrement = flavour.columnAutoincrementChanged(columns);
        return new ColumnChanges(arity, defaultChanged, typeChange != null, autoincrement, typeChange);
    }

    /** Prisma's table of which defaults count as the same (schema differ, {@code defaults_match}). */
    static boolean defaultsMatch(Pair<Column> columns, DifferFlavour flavour) {
        if (flavour.shouldIgnoreJsonDefaults() && (columns.previous().family() == ColumnTypeFamily.JSON
                || columns.next().family() == ColumnTypeFamily.JSON)) {
            return true;
        }
        SqlDefault previous = columns.previous().defaultValue();
        SqlDefault next = columns.next().defaultValue();
        boolean anyDateTime = columns.previous().family() == ColumnTypeFamily.DATETIME
                || columns.next().family() == ColumnTypeFamily.DATETIME;
        if (anyDateTime && (isListValue(previous) && next instanceof SqlDefault.DbGenerated
                || previous instanceof SqlDefault.DbGenerated && isListValue(next))) {
            return true;
        }
        if (previous instanceof SqlDefault.Value p && next instanceof SqlDefault.Value n) {
            return valuesMatch(p.value(), n.value(), flavour);
        }
        if (isDateTimeValue(previous) && next != null || previous != null && isDateTimeValue(next)) {
            // Prisma cannot compare datetime defaults reliably and leaves them alone.
            return true;
        }
        if (previous == null && next == null) {
            return true;
        }
        if (previous instanceof SqlDefault.Now && next instanceof SqlDefault.Now) {
            return true;
        }
        if (next instanceof SqlDefault.DbGenerated g && g.expression() == null) {
            return true;
        }
        if (previous instanceof SqlDefault.Sequence && next == null) {
            // Sequences are dropped separately.
            return true;
        }
        if (previous instanceof SqlDefault.DbGenerated p && next instanceof SqlDefault.DbGenerated n
                && p.expression() != null) {
            return p.expression().equalsIgnoreCase(n.expression());
        }
        return next instanceof SqlDefault.Sequence;
    }

    private static boolean isListValue(SqlDefault d) {
        return d instanceof SqlDefault.Value v && v.value().kind() == SqlValue.Kind.LIST;
    }

    private static boolean isDateTimeValue(SqlDefault d) {
        return d instanceof SqlDefault.Value v && v.value().kind() == SqlValue.Kind.DATETIME;
    }

    private static boolean valuesMatch(SqlValue previous, SqlValue next, DifferFlavour flavour) {
        if (previous.kind() == SqlValue.Kind.LIST && next.kind() == SqlValue.Kind.LIST) {
            return listsMatch(previous.items(), next.items(), flavour);
        }
        if (isJsonLike(previous) && isJsonLike(next)
                && (previous.kind() == SqlValue.Kind.JSON || next.kind() == SqlValue.Kind.JSON)) {
            return JsonEquality.same(previous.text(), next.text());
        }
        if (previous.kind() == SqlValue.Kind.DATETIME || next.kind() == SqlValue.Kind.DATETIME) {
            return true;
        }
        if (previous.isTextual() && next.isTextual()) {
            return previous.text().equals(next.text());
        }
        return previous.sameAs(next);
    }

    private static boolean isJsonLike(SqlValue value) {
        return value.kind() == SqlValue.Kind.JSON || value.kind() == SqlValue.Kind.STRING;
    }

    private static boolean listsMatch(List<SqlValue> previous, List<SqlValue> next, DifferFlavour flavour) {
        if (previous.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < previous.size(); i++) {
            SqlValue a = previous.get(i);
            SqlValue b = next.get(i);
            boolean same;
            if (a.kind() == SqlValue.Kind.DATETIME || b.kind() == SqlValue.Kind.DATETIME) {
                same = true;
            } else if (isJsonLike(a) && isJsonLike(b) && a.kind() != b.kind()) {
                same = JsonEquality.same(a.text(), b.text());
            } else if (a.kind() == SqlValue.Kind.ENUM && b.kind() == SqlValue.Kind.BYTES) {
                same = flavour.stringMatchesBytes(a.text(), (byte[]) b.value());
            } else if (a.kind() == SqlValue.Kind.BYTES && b.kind() == SqlValue.Kind.ENUM) {
                same = flavour.stringMatchesBytes(b.text(), (byte[]) a.value());
            } else if (a.isTextual() && b.isTextual()) {
                same = a.text().equals(b.text());
            } else {
                same = a.sameAs(b);
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
