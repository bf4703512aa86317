package io.prisma4j.migrate.postgres;

import io.prisma4j.migrate.diff.ColumnChanges;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlSchema;

import java.util.List;
import java.util.Locale;

/**
 * {@code ALTER COLUMN} clauses for one changed column, in Prisma's order (default, nullability, sequence,
 * then the type), with the statements some of them need before or after the {@code ALTER TABLE}.
 */
final class PostgresAlterColumn {
    private PostgresAlterColumn() {
    }

    static void render(Pair<Column> columns, ColumnChanges changes, SqlSchema next, PostgresRenderer renderer,
                       List<String> before, List<String> clauses, List<String> after) {
        String prefix = "ALTER COLUMN " + renderer.quote(columns.previous().name());
        boolean setType = false;
        for (ColumnChanges.Change change : changes.changes()) {
            switch (change) {
                case DEFAULT -> {
                    if (columns.next().defaultValue() != null) {
                        clauses.add(prefix + " SET DEFAULT " + PostgresDefaults.render(columns.next().defaultValue(),
                                PostgresTypes.render(columns.next(), renderer)));
                    } else {
                        dropDefault(columns, next, renderer, prefix, clauses, after);
                    }
                }
                case ARITY -> {
                    ColumnArity previous = columns.previous().arity();
                    ColumnArity nextArity = columns.next().arity();
                    if (previous.isList() || nextArity.isList()) {
                        setType = true;
                    }
                    if (nextArity.isNullable() && !previous.isNullable()) {
                        clauses.add(prefix + " DROP NOT NULL");
                    } else if (nextArity.isRequired() && !previous.isRequired()) {
                        clauses.add(prefix + " SET NOT NULL");
                    }
                }
                case TYPE -> setType = true;
                case AUTOINCREMENT -> {
                    if (columns.previous().isAutoincrement()) {
                        dropDefault(columns, next, renderer, prefix, clauses, after);
                    } else {
                        addSequence(columns.next(), renderer, prefix, before, clauses, after);
                    }
                }
                default -> throw new IllegalStateException(change.toString());
            }
        }
        if (setType) {
            clauses.add(prefix + " SET DATA TYPE " + PostgresTypes.render(columns.next(), renderer));
        }
    }

    private static void dropDefault(Pair<Column> columns, SqlSchema next, PostgresRenderer renderer, String prefix,
                                    List<String> clauses, List<String> after) {
        clauses.add(prefix + " DROP DEFAULT");
        // The sequence behind a SERIAL goes too, unless another column still uses it.
        if (columns.previous().defaultValue() instanceof SqlDefault.Sequence sequence && !sequence.name().isEmpty()) {
            boolean stillUsed = next.allColumns().stream().anyMatch(c -> c != columns.next()
                    && c.defaultValue() instanceof SqlDefault.Sequence s && s.name().equals(sequence.name()));
            if (!stillUsed) {
                after.add("DROP SEQUENCE " + renderer.quote(sequence.name()));
            }
        }
    }

    /** Imitates the sequence PostgreSQL creates for a {@code SERIAL} column. */
    private static void addSequence(Column column, PostgresRenderer renderer, String prefix, List<String> before,
                                    List<String> clauses, List<String> after) {
        String namespace = column.table().namespace() == null ? "" : renderer.quote(column.table().namespace()) + ".";
        String sequence = (namespace + column.table().name() + "_" + column.name() + "_seq").toLowerCase(Locale.ROOT);
        before.add("CREATE SEQUENCE " + sequence);
        clauses.add(prefix + " SET DEFAULT nextval(" + PostgresRenderer.literal(sequence) + ")");
        after.add("ALTER SEQUENCE " + sequence + " OWNED BY " + renderer.table(column.table()) + "."
                + renderer.quote(column.name()));
    }
}
