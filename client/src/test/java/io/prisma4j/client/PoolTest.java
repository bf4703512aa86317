package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.time.Duration;

import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pool sized and timed from Prisma's URL parameters, and the errors of an unreachable database. */
class PoolTest {

    @EachDatabase
    void waitingLongerThanPoolTimeoutIsP2024WithThePoolState(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "transactions-raw", "connection_limit=1", "pool_timeout=1")) {
            TransactionOptions patient = TransactionOptions.defaults().withTimeout(Duration.ofSeconds(30));
            // The transaction holds the only connection; the client outside it must wait, then give up.
            prisma.$transaction(tx -> {
                tx.model("account").count();
                assertThatThrownBy(() -> prisma.model("account").count())
                        .isInstanceOfSatisfying(PrismaClientKnownRequestException.class, e -> {
                            assertThat(e.code()).isEqualTo("P2024");
                            assertThat(e.getMessage())
                                    .contains("Timed out fetching a new connection from the connection pool.")
                                    .contains("(Current connection pool timeout: 1, connection limit: 1)")
                                    .contains("total=1, active=1, idle=0");
                            assertThat(e.meta()).containsEntry("connection_limit", 1).containsEntry("timeout", 1);
                        });
                return null;
            }, patient);
            // The connection came back: the client works again.
            assertThat(prisma.model("account").count()).isZero();
            assertThat(prisma.activeConnections()).isZero();
        }
    }

    @EachDatabase({DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL})
    void anUnreachableServerIsP1001(TestDatabase db) {
        String url = db.url().replaceFirst("(//(?:[^@/]*@)?)[^/]+", "$1127.0.0.1:1");
        try (PrismaClient prisma = Fixtures.builder(db, "transactions-raw").datasourceUrl(url + (url.contains("?") ? "&" : "?") + "connect_timeout=2").build()) {
            assertThatThrownBy(prisma::$connect)
                    .isInstanceOfSatisfying(PrismaClientInitializationException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("P1001");
                        assertThat(e.getMessage()).contains("Can't reach database server at `127.0.0.1:1`");
                    });
        }
    }

    @EachDatabase({DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL})
    void aMissingDatabaseIsP1003(TestDatabase db) {
        String url = db.url().replace("/" + db.name(), "/" + db.name() + "_missing");
        try (PrismaClient prisma = Fixtures.builder(db, "transactions-raw").datasourceUrl(url).build()) {
            assertThatThrownBy(prisma::$connect)
                    .isInstanceOfSatisfying(PrismaClientInitializationException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("P1003");
                        assertThat(e.getMessage()).contains("Database `" + db.name() + "_missing` does not exist");
                    });
        }
    }
}
