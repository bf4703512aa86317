package io.prisma4j.generator.typed;

import generated.crud.PrismaClient;
import generated.crud.User;
import io.prisma4j.client.Extension;
import io.prisma4j.client.PrismaClientInitializationException;
import io.prisma4j.client.RawSql;
import io.prisma4j.client.typed.FieldNotLoadedException;
import io.prisma4j.client.typed.Pending;
import io.prisma4j.client.typed.TransactionResults;
import io.prisma4j.generator.tutorial.TutorialAccess;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.prisma4j.client.typed.SortOrder.ASC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generated client's own behaviour beyond the tutorial: extensions, the transaction client, results. */
class TypedClientTest {

    private static Path crud(TestDatabase db) {
        return Conformance.category("queries").resolve("crud").resolve("schema." + db.provider() + ".prisma");
    }

    private static PrismaClient client(TestDatabase db) {
        TutorialAccess.push(crud(db), db);
        return new PrismaClient(o -> o.schema(crud(db)).datasourceUrl(db.url()));
    }

    @Test
    void extensionsWrapTheTypedCallsAndShareTheConnections() {
        try (TestDatabase db = TestDatabases.create(DatabaseKind.SQLITE); PrismaClient prisma = client(db)) {
            AtomicInteger calls = new AtomicInteger();
            PrismaClient extended = prisma.$extends(Extension.builder()
                    .query("User", Extension.ALL_OPERATIONS, call -> {
                        calls.incrementAndGet();
                        return call.query(call.args());
                    }).build());
            extended.user.create(c -> c.data(d -> d.email("a@example.com")));
            assertThat(extended.user.count()).isEqualTo(1);
            assertThat(prisma.user.count()).as("the original client is not extended").isEqualTo(1);
            assertThat(calls).hasValue(2);
        }
    }

    @Test
    void theTransactionClientRefusesWhatManagesTheClient() {
        try (TestDatabase db = TestDatabases.create(DatabaseKind.SQLITE); PrismaClient prisma = client(db)) {
            assertThatThrownBy(() -> prisma.$transaction(tx -> {
                assertThat(tx.inTransaction()).isTrue();
                return tx.$use((params, next) -> next.proceed(params));
            })).isInstanceOf(IllegalStateException.class)
                    .hasMessage("$use is not available on a transaction's client: call it on the PrismaClient that "
                            + "started the transaction.");
            assertThat(prisma.inTransaction()).isFalse();
        }
    }

    @EachDatabase
    void resultsTellWhatWasNotLoaded(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            prisma.user.create(c -> c.data(d -> d.email("a@example.com").posts(p -> p.create(x -> x.title("T").content("C")))));
            User user = prisma.user.findFirst();
            assertThatThrownBy(user::posts).isInstanceOf(FieldNotLoadedException.class)
                    .hasMessage("User.posts was not loaded: add include(i -> i.posts()) or select(s -> s.posts()) to the query.");
            assertThatThrownBy(user::_count).isInstanceOf(FieldNotLoadedException.class)
                    .hasMessage("User._count was not loaded: add _count() to the query's include(...) or select(...).");
            assertThat(user.isLoaded("name")).isTrue();
            assertThat(user.name()).as("loaded, and null").isNull();

            User.Aggregate aggregate = prisma.user.aggregate(a -> a._count(c -> c._all()));
            assertThat(aggregate._count()._all()).isEqualTo(1);
            assertThatThrownBy(() -> aggregate._count().email()).isInstanceOf(FieldNotLoadedException.class)
                    .hasMessage("User._count.email was not requested: add email() to the query's _count(...) selection.");
            assertThatThrownBy(aggregate::_avg).isInstanceOf(FieldNotLoadedException.class)
                    .hasMessageContaining("_avg was not requested");

            User.CountAggregate counts = prisma.user.count(c -> c.where(w -> w.email(e -> e.contains("@"))),
                    s -> s._all().name());
            assertThat(counts._all()).isEqualTo(1);
            assertThat(counts.name()).isZero();

            assertThat(prisma.user.findFirst()).isEqualTo(user).hasSameHashCodeAs(user);
            assertThat(user.toString()).startsWith("User{id=1, email=a@example.com, name=null, age=0, ");
        }
    }

    @EachDatabase
    void aBatchMixesModelCallsAndRawStatements(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            String table = db.kind() == DatabaseKind.MYSQL ? "`User`" : "\"User\"";
            Pending<Integer> insert = Pending.executeRaw(RawSql.sql("INSERT INTO " + table + " (email, age, "
                    + (db.kind() == DatabaseKind.MYSQL ? "`updatedAt`" : "\"updatedAt\"") + ") VALUES (").value("raw@example.com")
                    .append(", ").value(3).append(", CURRENT_TIMESTAMP)"));
            Pending<List<User>> users = prisma.user.pending().findMany(q -> q.orderBy(o -> o.id(ASC)));
            TransactionResults results = prisma.$transaction(insert, users);
            assertThat(results.get(insert)).isEqualTo(1);
            assertThat(results.get(users)).extracting(User::email).containsExactly("raw@example.com");
            assertThat(results.size()).isEqualTo(2);
        }
    }

    @EachDatabase({DatabaseKind.POSTGRESQL, DatabaseKind.SQLITE})
    void manyAndReturnGiveTypedRecords(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            List<User> created = prisma.user.createManyAndReturn(c -> c
                    .data(List.of("a@example.com", "b@example.com"), (d, email) -> d.email(email).age(20))
                    .select(s -> s.email().age()));
            assertThat(created).extracting(User::age).containsExactly(20, 20);
            List<User> updated = prisma.user.updateManyAndReturn(u -> u
                    .where(w -> w.age(20)).data(d -> d.age(a -> a.increment(1))).select(s -> s.email().age()));
            assertThat(updated).extracting(User::age).containsExactly(21, 21);
        }
    }

    @Test
    void aSchemaWithOtherModelsIsRefused() {
        try (TestDatabase db = TestDatabases.create(DatabaseKind.SQLITE)) {
            Path other = Conformance.category("schemas").resolve("first-model.sqlite.prisma");
            assertThatThrownBy(() -> new PrismaClient(o -> o.schema(other).datasourceUrl(db.url())))
                    .isInstanceOf(PrismaClientInitializationException.class)
                    .hasMessageContaining("does not match the one this client was generated from")
                    .hasMessageContaining("Regenerate the client from this schema");
        }
    }
}
