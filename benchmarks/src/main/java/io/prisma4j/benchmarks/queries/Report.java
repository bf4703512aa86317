package io.prisma4j.benchmarks.queries;

import io.prisma4j.testkit.DatabaseKind;

import java.util.List;
import java.util.Locale;

/** The results of one database as a Markdown table. */
final class Report {
    private Report() {
    }

    static String markdown(DatabaseKind kind, int users, double warmupScale, List<Runner.Result> results) {
        StringBuilder text = new StringBuilder();
        String warmup = warmupScale == 1 ? "" : String.format(Locale.ROOT, ", warm-up x%s", warmupScale % 1 == 0
                ? String.valueOf((long) warmupScale) : String.valueOf(warmupScale));
        text.append(String.format(Locale.ROOT, "### %s, N = %,d users (Java %s, %d cores%s)%n%n", name(kind), users,
                Runtime.version().feature(), Runtime.getRuntime().availableProcessors(), warmup));
        text.append("| # | operation | timed calls | prisma4j median µs | JDBC median µs | ratio | prisma4j statements "
                + "| allocated prisma4j / JDBC KB | Prisma 7 / node-postgres |\n");
        text.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Runner.Result r : results) {
            text.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f | **%.2f** | %d | %.0f / %.0f | %.2f |%n",
                    r.op().number(), r.op().name(), r.op().iterations(), r.prisma().medianMicros(), r.jdbc().medianMicros(),
                    r.ratio(), r.statements(), r.prisma().medianBytes() / 1024.0, r.jdbc().medianBytes() / 1024.0,
                    r.op().reference()));
        }
        for (Runner.Result r : results) {
            if (r.prismaRetained() >= 0) {
                text.append(String.format(Locale.ROOT, "%nHeap kept by one result of op %s: prisma4j %,d KB, JDBC %,d KB.",
                        r.op().number(), r.prismaRetained() / 1024, r.jdbcRetained() / 1024));
            }
        }
        return text.append('\n').toString();
    }

    private static String name(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MariaDB";
            case SQLITE -> "SQLite";
        };
    }
}
