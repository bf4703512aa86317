package io.prisma4j.migrate.project;

import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.render.MigrationSummary;

import java.util.ArrayList;
import java.util.List;

/** Why {@code migrate dev} would have to reset the database, in Prisma's words; {@code null} when it need not. */
final class ResetReasons {
    private static final String DRIFT = "Drift detected: Your database schema is not in sync with your migration "
            + "history.\n\nThe following is a summary of the differences between the expected database schema given "
            + "your migrations files, and the actual schema of the database.\n\nThis summary details discrepancies by "
            + "listing elements found in the current database schema but missing in your Prisma schema, indicating the "
            + "Prisma schema updates required for alignment.\n";
    private static final String FIRST_TIME = "\nIf you are running this the first time on an existing database, please "
            + "make sure to read this documentation page:\nhttps://www.prisma.io/docs/guides/database/developing-with-"
            + "prisma-migrate/troubleshooting-development\n";

    private ResetReasons() {
    }

    static String of(HistoryDiagnosis diagnosis, Migration drift) {
        List<String> reasons = new ArrayList<>();
        diagnosis.failed().forEach(name -> reasons.add("The migration `" + name + "` failed."));
        diagnosis.edited().forEach(name -> reasons.add("The migration `" + name + "` was modified after it was applied."));
        if (!drift.isEmpty()) {
            reasons.add(DRIFT + (diagnosis.hasMigrationsTable() ? "" : FIRST_TIME) + MigrationSummary.render(drift));
        }
        if (diagnosis.historiesDiverge()) {
            String details = diagnosis.lastCommon() == null ? "" : " Last common migration: `" + diagnosis.lastCommon()
                    + "`. Migrations applied to the database but absent from the migrations directory are: "
                    + String.join(", ", diagnosis.unpersisted());
            reasons.add("The migrations recorded in the database diverge from the local migrations directory." + details);
        } else if (diagnosis.folderIsBehind()) {
            reasons.add("The following migration(s) are applied to the database but missing from the local migrations "
                    + "directory: " + String.join(", ", diagnosis.unpersisted()));
        }
        if (reasons.isEmpty()) {
            return null;
        }
        if (reasons.size() == 1) {
            return reasons.get(0);
        }
        StringBuilder message = new StringBuilder();
        reasons.forEach(r -> message.append("- ").append(r).append('\n'));
        return message.toString();
    }
}
