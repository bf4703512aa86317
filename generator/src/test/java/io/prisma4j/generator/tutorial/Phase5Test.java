package io.prisma4j.generator.tutorial;

import generated.crud.Post;
import generated.crud.PrismaClient;
import generated.crud.User;
import generated.transactions.Account;
import generated.transactions.Transaction;
import io.prisma4j.client.IsolationLevel;
import io.prisma4j.client.PrismaClientKnownRequestException;
import io.prisma4j.client.RawSql;
import io.prisma4j.client.TransactionAbortedException;
import io.prisma4j.client.TransactionOptions;
import io.prisma4j.client.typed.BatchPayload;
import io.prisma4j.client.typed.TransactionResults;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.prisma4j.generator.tutorial.Sql.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phase 5 (advanced queries and relationships) in Java: nested and relation-count filters (5.1),
 * interactive, batch and isolated transactions (5.2), raw SQL (5.3), middleware (5.4) and the query
 * optimizations of 5.5.
 */
class Phase5Test {

    private static void seedBlog(PrismaClient prisma) {
        prisma.user.create(c -> c.data(d -> d.email("writer@example.com").name("Writer")
                .posts(p -> p.create(
                        post -> post.title("Viral").content("c").published(true).views(5000)
                                .comments(cm -> cm.create(x -> x.text("This is great"), x -> x.text("meh"))),
                        post -> post.title("Quiet").content("c").published(true).views(10)))));
        prisma.user.create(c -> c.data(d -> d.email("drafter@example.com").name("Drafter")
                .posts(p -> p.create(post -> post.title("Draft").content("c"), post -> post.title("Out").content("c")
                        .published(true)))));
        prisma.user.create(c -> c.data(d -> d.email("lurker@example.com").name("Lurker")));
    }

    @EachDatabase
    void nestedAndRelationCountFilters(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seedBlog(prisma);
            // Find users who have published posts
            List<User> some = prisma.user.findMany(q -> q.where(w -> w.posts(p -> p.some(post -> post.published(true)))));
            assertThat(emails(some)).containsExactlyInAnyOrder("writer@example.com", "drafter@example.com");
            // Find users who have ALL posts published (a user without posts matches too)
            List<User> every = prisma.user.findMany(q -> q.where(w -> w.posts(p -> p.every(post -> post.published(true)))));
            assertThat(emails(every)).containsExactlyInAnyOrder("writer@example.com", "lurker@example.com");
            // Find users who have NO published posts
            List<User> none = prisma.user.findMany(q -> q.where(w -> w.posts(p -> p.none(post -> post.published(true)))));
            assertThat(emails(none)).containsExactly("lurker@example.com");
            // Complex nested conditions
            List<User> complex = prisma.user.findMany(q -> q.where(w -> w.posts(p -> p.some(post -> post.AND(
                    a -> a.published(true),
                    a -> a.views(v -> v.gt(1000)),
                    a -> a.comments(c -> c.some(cm -> cm.text(t -> t.contains("great")))))))));
            assertThat(emails(complex)).containsExactly("writer@example.com");

            // Find users with posts, with their post count
            List<User> activeAuthors = prisma.user.findMany(q -> q
                    .where(w -> w.posts(p -> p.some(post -> { })))
                    .include(i -> i._count(c -> c.select(s -> s.posts()))));
            // Filter results in application code
            List<User> prolificAuthors = activeAuthors.stream().filter(user -> user._count().posts() > 1).toList();
            assertThat(emails(prolificAuthors)).containsExactlyInAnyOrder("writer@example.com", "drafter@example.com");
        }
    }

    /** The transfer's three records, as the tutorial's {@code return { sender, receiver, transaction }}. */
    record Transfer(Account sender, Account receiver, Transaction transaction) {
    }

    private static Transfer transfer(generated.transactions.PrismaClient prisma, int from, int to, int amount) {
        return prisma.$transaction(tx -> {
            // Deduct from sender
            Account sender = tx.account.update(u -> u.where(w -> w.id(from)).data(d -> d.balance(b -> b.decrement(amount))));
            // Check if sender has enough balance
            if (sender.balance() < 0) {
                throw new IllegalStateException("Insufficient funds");
            }
            // Add to receiver
            Account receiver = tx.account.update(u -> u.where(w -> w.id(to)).data(d -> d.balance(b -> b.increment(amount))));
            // Create transaction record
            Transaction transaction = tx.transaction.create(c -> c.data(d -> d.from(from).to(to).amount(amount)));
            return new Transfer(sender, receiver, transaction);
        });
    }

    @EachDatabase
    void transactions(TestDatabase db) {
        try (var prisma = Tutorial.client("transactions", db, generated.transactions.PrismaClient::new)) {
            prisma.account.createMany(c -> c.data(d -> d.owner("Alice").balance(500), d -> d.owner("Bob").balance(100)));

            // Sequential (interactive) transaction: all operations succeed or all fail
            Transfer done = transfer(prisma, 1, 2, 100);
            assertThat(done.sender().balance()).isEqualTo(400);
            assertThat(done.receiver().balance()).isEqualTo(200);
            assertThat(done.transaction().amount()).isEqualTo(100);
            assertThatThrownBy(() -> transfer(prisma, 2, 1, 1000)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Insufficient funds");
            assertThat(balances(prisma)).as("rolled back").containsExactly(400, 200);
            assertThat(prisma.transaction.count()).isEqualTo(1);

            // Transaction isolation level, maxWait and timeout
            Account result = prisma.$transaction(tx -> {
                Account account = tx.account.findUnique(q -> q.where(w -> w.id(1)));
                return tx.account.update(u -> u.where(w -> w.id(1)).data(d -> d.balance(account.balance() + 100)));
            }, TransactionOptions.defaults()
                    .withIsolationLevel(IsolationLevel.SERIALIZABLE)   // Highest isolation
                    .withMaxWait(Duration.ofMillis(5000))              // Maximum wait time
                    .withTimeout(Duration.ofMillis(10000)));           // Maximum execution time
            assertThat(result.balance()).isEqualTo(500);

            // A checked exception in the body rolls back too, wrapped
            assertThatThrownBy(() -> prisma.$transaction(tx -> {
                tx.account.update(u -> u.where(w -> w.id(1)).data(d -> d.balance(0)));
                throw new Exception("checked");
            })).isInstanceOf(TransactionAbortedException.class);
            assertThat(balances(prisma)).containsExactly(500, 200);
        }
    }

    @EachDatabase
    void batchTransaction(TestDatabase db) {
        try (var prisma = Tutorial.client("blog", db, generated.blog.PrismaClient::new)) {
            prisma.user.create(c -> c.data(d -> d.email("one@example.com").name("One").password("pw")
                    .posts(p -> p.create(post -> post.title("P").slug("p").content("c")
                            .comments(cm -> cm.create(x -> x.content("first").userId(1)))))));
            // Execute multiple operations as a single transaction
            var deletedPosts = prisma.post.pending().deleteMany(d -> d.where(w -> w.authorId(1)));
            var deletedComments = prisma.comment.pending().deleteMany(d -> d.where(w -> w.userId(1)));
            var deletedUser = prisma.user.pending().delete(d -> d.where(w -> w.id(1)));
            TransactionResults results = prisma.$transaction(deletedPosts, deletedComments, deletedUser);
            BatchPayload posts = results.get(deletedPosts);
            assertThat(posts.count()).isEqualTo(1);
            assertThat(results.get(deletedComments).count()).as("gone with their post (onDelete: Cascade)").isZero();
            assertThat(results.get(deletedUser).email()).isEqualTo("one@example.com");
        }
    }

    @EachDatabase
    void rawQueries(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            prisma.user.createMany(c -> c.data(d -> d.email("john@example.com").age(40),
                    d -> d.email("kid@example.com").age(12)));
            String user = quote(db, "User");
            // Execute raw SQL query: the value is a bind parameter
            List<Map<String, Object>> users = prisma.$queryRaw(RawSql.sql("SELECT * FROM " + user + " WHERE age > ").value(18));
            assertThat(users).extracting(row -> row.get("email")).containsExactly("john@example.com");

            // Raw query with multiple parameters
            String email = "john@example.com";
            int minAge = 18;
            List<Map<String, Object>> matching = prisma.$queryRaw(RawSql.sql("SELECT * FROM " + user + " WHERE email = ")
                    .value(email).append(" AND age > ").value(minAge));
            assertThat(matching).hasSize(1);

            // Unsafe raw query (use only with trusted input)
            String tableName = "User";
            List<Map<String, Object>> unsafe = prisma.$queryRawUnsafe("SELECT * FROM " + quote(db, tableName)
                    + " WHERE age > " + Sql.parameter(db, 1), 18);
            assertThat(unsafe).hasSize(1);

            // Execute non-query SQL (INSERT, UPDATE, DELETE)
            int result = prisma.$executeRaw(RawSql.sql("UPDATE " + user + " SET " + quote(db, "isActive")
                    + " = false WHERE age < ").value(18));
            assertThat(result).isEqualTo(1);   // Updated 1 rows
            assertThat(prisma.user.findUnique(q -> q.where(w -> w.email("kid@example.com"))).isActive()).isFalse();

            // Execute a statement without values
            prisma.$executeRaw(RawSql.sql("CREATE INDEX idx_user_email ON " + user + "(email)"));
        }
    }

    @EachDatabase
    void middleware(TestDatabase db) {
        try (var prisma = Tutorial.client("soft-delete", db, generated.softdelete.PrismaClient::new)) {
            // Add timing logging
            List<String> log = new CopyOnWriteArrayList<>();
            prisma.$use((params, next) -> {
                long before = System.nanoTime();
                Object result = next.proceed(params);
                long after = System.nanoTime();
                log.add("Query " + params.model() + "." + params.action() + " took " + (after - before) / 1_000_000 + "ms");
                return result;
            });
            // Soft delete middleware: delete becomes an update of deletedAt
            prisma.$use((params, next) -> {
                if (params.model().equals("User")) {
                    if (params.action().equals("delete")) {
                        params.action("update");   // Change delete to update
                        params.args().put("data", Map.of("deletedAt", Instant.now()));
                    }
                    if (params.action().equals("deleteMany")) {
                        params.action("updateMany");
                        if (params.args().get("data") instanceof Map<?, ?>) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> data = (Map<String, Object>) params.args().get("data");
                            data.put("deletedAt", Instant.now());
                        } else {
                            params.args().put("data", Map.of("deletedAt", Instant.now()));
                        }
                    }
                }
                return next.proceed(params);
            });
            // Auto-filter deleted records
            prisma.$use((params, next) -> {
                if (params.model().equals("User")) {
                    if (params.action().equals("findUnique") || params.action().equals("findFirst")) {
                        params.action("findFirst");
                        where(params.args()).put("deletedAt", null);
                    }
                    if (params.action().equals("findMany")) {
                        Map<String, Object> where = where(params.args());
                        if (!where.containsKey("deletedAt")) {
                            where.put("deletedAt", null);
                        }
                    }
                }
                return next.proceed(params);
            });

            prisma.user.createMany(c -> c.data(d -> d.email("keep@example.com"), d -> d.email("gone@example.com"),
                    d -> d.email("also-gone@example.com")));
            var deleted = prisma.user.delete(d -> d.where(w -> w.email("gone@example.com")));
            assertThat(deleted.deletedAt()).isNotNull();
            assertThat(prisma.user.deleteMany(d -> d.where(w -> w.email(e -> e.startsWith("also")))).count()).isEqualTo(1);
            assertThat(prisma.user.findMany()).extracting(generated.softdelete.User::email).containsExactly("keep@example.com");
            assertThat(prisma.user.findUnique(q -> q.where(w -> w.email("gone@example.com")))).isNull();
            assertThat(prisma.$queryRawUnsafe("SELECT email FROM " + quote(db, "User"))).as("still in the table").hasSize(3);
            assertThat(log).anySatisfy(line -> assertThat(line).startsWith("Query User.update took "));
        }
    }

    /** The arguments' {@code where}, created when the call has none (middleware sees mutable maps). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> where(Map<String, Object> args) {
        return (Map<String, Object>) args.computeIfAbsent("where", k -> new HashMap<String, Object>());
    }

    @EachDatabase
    void queryOptimization(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seedBlog(prisma);
            // Bad: fetches all fields including large text fields
            List<Post> everything = prisma.post.findMany();
            assertThat(everything.get(0).content()).isEqualTo("c");
            // Good: select only needed fields
            List<Post> posts = prisma.post.findMany(q -> q.select(s -> s
                    .id().title().createdAt()
                    .author(a -> a.select(u -> u.id().name()))));
            assertThat(posts.get(0).loadedFields()).containsExactly("id", "title", "createdAt", "author");
            assertThat(posts.get(0).author().name()).isEqualTo("Writer");

            // Bad: multiple database calls
            List<String> emails = List.of("a@example.com", "b@example.com");
            for (String email : emails) {
                prisma.user.create(c -> c.data(d -> d.email(email).name("User")));
            }
            // Good: single batch operation
            List<String> more = List.of("c@example.com", "d@example.com", "e@example.com");
            BatchPayload created = prisma.user.createMany(c -> c.data(more, (d, email) -> d.email(email).name("User")));
            assertThat(created.count()).isEqualTo(3);
            assertThat(prisma.user.count(c -> c.where(w -> w.name("User")))).isEqualTo(5);
        }
    }

    /** Connection pool settings in the URL: {@code connection_limit} and {@code pool_timeout}. */
    @EachDatabase({DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL})
    void connectionPoolingInTheUrl(TestDatabase db) {
        Tutorial.push(io.prisma4j.testkit.Conformance.category("queries").resolve("crud")
                .resolve("schema." + db.provider() + ".prisma"), db);
        String url = db.url() + "?connection_limit=10&pool_timeout=20";
        try (PrismaClient prisma = new PrismaClient(o -> o.schema(io.prisma4j.testkit.Conformance.category("queries")
                .resolve("crud").resolve("schema." + db.provider() + ".prisma")).datasourceUrl(url))) {
            assertThat(prisma.user.count()).isZero();
            assertThat(((io.prisma4j.client.PrismaClient) prisma.dynamic()).poolState()).contains("total=");
        }
    }

    private static List<Integer> balances(generated.transactions.PrismaClient prisma) {
        return prisma.account.findMany(q -> q.orderBy(o -> o.id(io.prisma4j.client.typed.SortOrder.ASC)))
                .stream().map(Account::balance).toList();
    }

    private static List<String> emails(List<User> users) {
        return users.stream().map(User::email).toList();
    }
}
