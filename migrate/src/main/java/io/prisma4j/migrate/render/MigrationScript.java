package io.prisma4j.migrate.render;

import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.diff.MigrationStep;

import java.util.List;

/**
 * Lays out a migration as Prisma writes {@code migration.sql}: an optional warnings header, then for
 * every step that renders something a {@code -- StepName} comment and its statements, steps separated
 * by one blank line and no blank line at the end. An empty migration is one comment line.
 */
public final class MigrationScript {
    /** What Prisma writes for a migration without steps. */
    public static final String EMPTY = "-- This is an empty migration.";

    private MigrationScript() {
    }

    /** The script, with {@code warnings} (then unexecutable steps) listed in the header when there are any. */
    public static String render(Migration migration, DdlRenderer renderer, List<String> warnings,
                                List<String> unexecutable) {
        if (migration.isEmpty()) {
            return EMPTY;
        }
        StringBuilder script = new StringBuilder();
        if (!warnings.isEmpty() || !unexecutable.isEmpty()) {
            script.append("/*\n  Warnings:\n\n");
            for (String warning : warnings) {
                script.append("  - ").append(warning).append('\n');
            }
            for (String step : unexecutable) {
                script.append("  - ").append(step).append('\n');
            }
            script.append("\n*/\n");
        }
        boolean first = true;
        for (MigrationStep step : migration.steps()) {
            List<String> statements = renderer.render(step, migration.schemas());
            if (statements.isEmpty()) {
                continue;
            }
            if (!first) {
                script.append('\n');
            }
            first = false;
            script.append("-- ").append(step.description()).append('\n');
            for (String statement : statements) {
                script.append(statement).append(";\n");
            }
        }
        return script.toString();
    }

    /** The statements to execute, one per entry, in order. */
    public static List<String> statements(Migration migration, DdlRenderer renderer) {
        return migration.steps().stream().flatMap(s -> renderer.render(s, migration.schemas()).stream()).toList();
    }
}
