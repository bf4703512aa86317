package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.SqlSchema;

import java.util.List;

/** The steps from one schema to another, with both schemas (steps point into them). */
public record Migration(SqlSchema previous, SqlSchema next, List<MigrationStep> steps) {
    public Migration {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public Pair<SqlSchema> schemas() {
        return new Pair<>(previous, next);
    }
}
