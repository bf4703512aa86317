package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.List;
import java.util.Map;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code $queryRaw}/{@code $executeRaw} bind every value; the Unsafe variants take native placeholders. */
class RawQueriesTest {

    private static String table(TestDatabase db) {
        return db.kind() == DatabaseKind.MYSQL ? "`Account`" : "\"Account\"";
    }

    @EachDatabase
    void templateValuesAreBoundNotSpliced(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "transactions-raw")) {
            prisma.model("account").createMany(map("data", list(map("owner", "Alice", "balance", 500),
                    map("owner", "Bob'); DROP TABLE Account; --", "balance", 100))));
            String hostile = "Bob'); DROP TABLE Account; --";
            List<Map<String, Object>> rows = prisma.$queryRaw(RawSql.sql("SELECT owner, balance FROM " + table(db)
                    + " WHERE owner = ").value(hostile).append(" AND balance > ").value(18));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("owner")).isEqualTo(hostile);
            int updated = prisma.$executeRaw(RawSql.sql("UPDATE " + table(db) + " SET balance = balance + 1 WHERE balance < ")
                    .value(200));
            assertThat(updated).isEqualTo(1);
            assertThat(prisma.model("account").count()).isEqualTo(2);
        }
    }

    @EachDatabase
    void unsafeVariantsUseTheDatabasePlaceholders(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "transactions-raw")) {
            prisma.model("account").create(map("data", map("owner", "Carol", "balance", 42)));
            String placeholder = db.kind() == DatabaseKind.POSTGRESQL ? "$1" : "?";
            List<Map<String, Object>> rows = prisma.$queryRawUnsafe("SELECT owner FROM " + table(db) + " WHERE balance = "
                    + placeholder, 42);
            assertThat(rows).containsExactly(map("owner", "Carol"));
            assertThat(prisma.$executeRawUnsafe("DELETE FROM " + table(db) + " WHERE balance = " + placeholder, 42))
                    .isEqualTo(1);
        }
    }

    @EachDatabase
    void rawFailuresAreP2010WithTheDatabaseCode(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "transactions-raw")) {
            assertThatThrownBy(() -> prisma.$queryRawUnsafe("SELEC 1"))
                    .isInstanceOfSatisfying(PrismaClientKnownRequestException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2010");
                        assertThat(e.coreMessage()).startsWith("Raw query failed. Code: `");
                        assertThat(e.getCause()).isNotNull();
                    });
            assertThat(prisma.activeConnections()).isZero();
        }
    }
}
