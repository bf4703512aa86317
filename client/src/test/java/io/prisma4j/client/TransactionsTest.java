package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Interactive and batch transactions on the transactions-raw tables (accounts and transfers). */
class TransactionsTest {

    private static PrismaClient accounts(TestDatabase db) {
        PrismaClient prisma = Fixtures.client(db, "transactions-raw");
        prisma.model("account").createMany(map("data", list(map("owner", "Alice", "balance", 500),
                map("owner", "Bob", "balance", 100))));
        return prisma;
    }

    private static int balance(PrismaOperations prisma, int id) {
        return (Integer) prisma.model("account").findUnique(map("where", map("id", id))).get("balance");
    }

    @EachDatabase
    void interactiveTransactionCommitsWhenTheCallbackReturns(TestDatabase db) {
        try (PrismaClient prisma = accounts(db)) {
            Map<String, Object> result = prisma.$transaction(tx -> {
                Map<String, Object> sender = tx.model("account").update(map("where", map("id", 1),
                        "data", map("balance", map("decrement", 100))));
                tx.model("account").update(map("where", map("id", 2), "data", map("balance", map("increment", 100))));
                return sender;
            });
            assertThat(result.get("balance")).isEqualTo(400);
            assertThat(balance(prisma, 1)).isEqualTo(400);
            assertThat(balance(prisma, 2)).isEqualTo(200);
        }
    }

    @EachDatabase
    void interactiveTransactionRollsBackWhenTheCallbackThrows(TestDatabase db) {
        try (PrismaClient prisma = accounts(db)) {
            assertThatThrownBy(() -> prisma.$transaction(tx -> {
                Map<String, Object> sender = tx.model("account").update(map("where", map("id", 2),
                        "data", map("balance", map("decrement", 1000))));
                if ((Integer) sender.get("balance") < 0) {
                    throw new IllegalStateException("Insufficient funds");
                }
                return sender;
            })).isInstanceOf(IllegalStateException.class).hasMessage("Insufficient funds");
            assertThat(balance(prisma, 2)).isEqualTo(100);
            assertThat(prisma.activeConnections()).isZero();
        }
    }

    @EachDatabase
    void transactionThatOutlivesItsTimeoutIsRolledBackWithP2028(TestDatabase db) {
        try (PrismaClient prisma = accounts(db)) {
            TransactionOptions options = TransactionOptions.defaults().withTimeout(Duration.ofMillis(300));
            assertThatThrownBy(() -> prisma.$transaction(tx -> {
                tx.model("account").update(map("where", map("id", 1), "data", map("balance", 0)));
                Thread.sleep(700);
                return tx.model("account").count(map());
            }, options)).isInstanceOfSatisfying(PrismaClientKnownRequestException.class, e -> {
                assertThat(e.code()).isEqualTo("P2028");
                assertThat(e.coreMessage()).contains("expired transaction").contains("The timeout for this transaction was 300 ms");
            });
            assertThat(balance(prisma, 1)).as("rolled back").isEqualTo(500);
            assertThat(prisma.activeConnections()).isZero();
        }
    }

    @EachDatabase
    void nestedTransactionIsASavepoint(TestDatabase db) {
        try (PrismaClient prisma = accounts(db)) {
            prisma.$transaction(tx -> {
                tx.model("account").update(map("where", map("id", 1), "data", map("balance", 1)));
                assertThatThrownBy(() -> tx.$transaction(inner -> {
                    inner.model("account").update(map("where", map("id", 2), "data", map("balance", 2)));
                    throw new IllegalStateException("undo the inner part");
                })).hasMessage("undo the inner part");
                return null;
            });
            assertThat(balance(prisma, 1)).isEqualTo(1);
            assertThat(balance(prisma, 2)).as("savepoint rolled back").isEqualTo(100);
        }
    }

    @EachDatabase
    void batchTransactionRunsInOrderAndRollsBackOnFailure(TestDatabase db) {
        try (PrismaClient prisma = accounts(db)) {
            List<Object> results = prisma.$transaction(List.of(
                    prisma.model("account").pending("update", map("where", map("id", 1), "data", map("balance", 7))),
                    prisma.model("account").pending("count", map())));
            assertThat(results).containsExactly(results.get(0), 2);
            assertThatThrownBy(() -> prisma.$transaction(List.of(
                    prisma.model("account").pending("update", map("where", map("id", 1), "data", map("balance", 8))),
                    prisma.model("account").pending("delete", map("where", map("id", 99))))))
                    .isInstanceOfSatisfying(PrismaClientKnownRequestException.class,
                            e -> assertThat(e.code()).isEqualTo("P2025"));
            assertThat(balance(prisma, 1)).isEqualTo(7);
        }
    }

    @EachDatabase
    void isolationLevelsAreCheckedAsPrismaChecksThem(TestDatabase db) {
        try (PrismaClient prisma = accounts(db)) {
            assertThatThrownBy(() -> prisma.$transaction(tx -> 1, TransactionOptions.defaults().withIsolationLevel("Chaos")))
                    .isInstanceOfSatisfying(PrismaClientKnownRequestException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2023");
                        assertThat(e.meta()).containsEntry("providedIsolationLevel", "Chaos");
                    });
            TransactionOptions serializable = TransactionOptions.defaults().withIsolationLevel(IsolationLevel.SERIALIZABLE);
            int underSerializable = prisma.$transaction(tx -> balance(tx, 1), serializable);
            assertThat(underSerializable).isEqualTo(500);
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                Object level = prisma.$transaction(tx -> tx.$queryRawUnsafe("SHOW transaction_isolation").get(0)
                        .get("transaction_isolation"), serializable);
                assertThat(level).isEqualTo("serializable");
            }
            TransactionOptions readCommitted = TransactionOptions.defaults().withIsolationLevel(IsolationLevel.READ_COMMITTED);
            if (db.kind() == DatabaseKind.SQLITE) {
                assertThatThrownBy(() -> prisma.$transaction(tx -> 1, readCommitted))
                        .hasMessageContaining("Conversion error: READ COMMITTED");
            } else {
                int underReadCommitted = prisma.$transaction(tx -> balance(tx, 2), readCommitted);
                assertThat(underReadCommitted).isEqualTo(100);
            }
        }
    }
}
