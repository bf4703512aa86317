package io.prisma4j.generator.tutorial;

import generated.crud.Post;
import generated.crud.PrismaClient;
import generated.crud.Product;
import generated.crud.User;
import io.prisma4j.client.PrismaClientKnownRequestException;
import io.prisma4j.client.PrismaClientValidationException;
import io.prisma4j.client.typed.BatchPayload;
import io.prisma4j.client.typed.FieldNotLoadedException;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.prisma4j.client.typed.SortOrder.ASC;
import static io.prisma4j.client.typed.SortOrder.DESC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phase 4 (CRUD operations mastery) in Java, every example of Modules 4.1 to 4.5, on the schema of the
 * CRUD examples (User with Profile and Posts, Product) and, for the compound key and array filters, the
 * tutorial's explicit many-to-many and REST API schemas.
 */
class Phase4Test {

    @EachDatabase
    void createOperations(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            // Create single record
            User user = prisma.user.create(c -> c.data(d -> d
                    .email("john@example.com")
                    .name("John Doe")
                    .age(30)));
            assertThat(user.id()).isEqualTo(1);
            assertThat(user.age()).isEqualTo(30);

            // Create user with nested profile
            User userWithProfile = prisma.user.create(c -> c
                    .data(d -> d.email("jane@example.com").name("Jane Smith")
                            .profile(p -> p.create(profile -> profile.bio("Developer & Designer").avatar("jane-avatar.jpg"))))
                    .include(i -> i.profile()));   // Include created profile in response
            assertThat(userWithProfile.profile().bio()).isEqualTo("Developer & Designer");

            // Create post for existing user
            Post post = prisma.post.create(c -> c.data(d -> d
                    .title("Getting Started with Prisma")
                    .content("Prisma is an amazing ORM...")
                    .author(a -> a.connect(w -> w.id(1)))));   // Connect to user with id: 1
            assertThat(post.authorId()).isEqualTo(1);

            // Create user with multiple posts
            User authorWithPosts = prisma.user.create(c -> c
                    .data(d -> d.email("author@example.com").name("Author Name")
                            .posts(p -> p.create(
                                    x -> x.title("Post 1").content("Content 1"),
                                    x -> x.title("Post 2").content("Content 2"),
                                    x -> x.title("Post 3").content("Content 3"))))
                    .include(i -> i.posts()));
            assertThat(authorWithPosts.posts()).extracting(Post::title).containsExactly("Post 1", "Post 2", "Post 3");

            // Create multiple records at once (SQLite has no skipDuplicates: Prisma rejects the argument there)
            if (db.kind() == DatabaseKind.SQLITE) {
                assertThatThrownBy(() -> createThreeUsers(prisma)).isInstanceOf(PrismaClientValidationException.class)
                        .hasMessageContaining("Unknown argument `skipDuplicates`");
            } else {
                BatchPayload users = createThreeUsers(prisma);
                assertThat(users.count()).isEqualTo(3);   // Created 3 users
            }

            // Create if doesn't exist, or connect if exists
            Post connected = prisma.post.create(c -> c.data(d -> d
                    .title("My Post")
                    .content("Post content")
                    .author(a -> a.connectOrCreate(
                            w -> w.email("author@example.com"),
                            create -> create.email("author@example.com").name("New Author")))));
            assertThat(connected.authorId()).isEqualTo(authorWithPosts.id());
            Post created = prisma.post.create(c -> c.data(d -> d
                    .title("Another Post")
                    .content("Post content")
                    .author(a -> a.connectOrCreate(
                            w -> w.email("new-author@example.com"),
                            create -> create.email("new-author@example.com").name("New Author")))));
            assertThat(prisma.user.findUnique(q -> q.where(w -> w.id(created.authorId()))).name()).isEqualTo("New Author");
        }
    }

    private static BatchPayload createThreeUsers(PrismaClient prisma) {
        return prisma.user.createMany(c -> c
                .data(d -> d.email("user1@example.com").name("User 1").age(25),
                        d -> d.email("user2@example.com").name("User 2").age(30),
                        d -> d.email("user3@example.com").name("User 3").age(35))
                .skipDuplicates(true));   // Skip records that would cause unique constraint violations
    }

    /** A few users, posts and products to read. */
    private static void seed(PrismaClient prisma) {
        prisma.user.createMany(c -> c
                .data(d -> d.email("john@example.com").name("John").age(30).city("New York").country("USA")
                                .createdAt(Instant.parse("2023-03-01T00:00:00Z"))
                                .metadata(Map.of("preferences", Map.of("theme", "dark"))),
                        d -> d.email("jane@gmail.com").name("Jane").age(16).city("Paris").country("France")
                                .createdAt(Instant.parse("2023-06-01T00:00:00Z")),
                        d -> d.email("bob@yahoo.com").name("Bob").age(70).isActive(false)
                                .createdAt(Instant.parse("2019-05-01T00:00:00Z")),
                        d -> d.email("eve@spam.com").age(40).createdAt(Instant.parse("2024-01-01T00:00:00Z"))));
        prisma.post.createMany(c -> c
                .data(d -> d.title("Published").content("x").published(true).views(1500).authorId(1)
                                .createdAt(Instant.parse("2023-02-01T00:00:00Z")),
                        d -> d.title("Draft").content("y").authorId(1).createdAt(Instant.parse("2024-02-01T00:00:00Z")),
                        d -> d.title("Jane's").content("z").published(true).views(50).authorId(2)
                                .createdAt(Instant.parse("2023-07-01T00:00:00Z"))));
        prisma.product.createMany(c -> c
                .data(d -> d.name("Laptop").price(1200.5).stock(15).discount(5).rating(5).quantity(3),
                        d -> d.name("Mouse").price(25).stock(200).rating(4),
                        d -> d.name("Monitor").price(300).stock(5).discount(10).rating(4).quantity(1)));
    }

    @EachDatabase
    void readOperations(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seed(prisma);
            // Find by unique field / by primary key
            User user = prisma.user.findUnique(q -> q.where(w -> w.email("john@example.com")));
            User userById = prisma.user.findUnique(q -> q.where(w -> w.id(1)));
            assertThat(userById).isEqualTo(user);

            // Find first matching record
            User firstActiveUser = prisma.user.findFirst(q -> q
                    .where(w -> w.isActive(true))
                    .orderBy(o -> o.createdAt(DESC)));
            assertThat(firstActiveUser.email()).isEqualTo("eve@spam.com");
            // Find first or throw error
            assertThatThrownBy(() -> prisma.user.findFirstOrThrow(q -> q.where(w -> w.email("admin@example.com"))))
                    .isInstanceOfSatisfying(PrismaClientKnownRequestException.class,
                            e -> assertThat(e.code()).isEqualTo("P2025"));

            // Find all records
            assertThat(prisma.user.findMany()).hasSize(4);
            // Find with filters
            List<User> activeUsers = prisma.user.findMany(q -> q.where(w -> w
                    .isActive(true)
                    .age(a -> a.gte(18))));   // Greater than or equal
            assertThat(emails(activeUsers)).containsExactlyInAnyOrder("john@example.com", "eve@spam.com");
            // Find with pagination
            List<User> page = prisma.user.findMany(q -> q.skip(0).take(10).orderBy(o -> o.createdAt(DESC)));
            assertThat(emails(page)).containsExactly("eve@spam.com", "jane@gmail.com", "john@example.com", "bob@yahoo.com");
            // Find with multiple conditions
            List<User> adults = prisma.user.findMany(q -> q.where(w -> w.AND(
                    a -> a.age(f -> f.gte(18)),
                    a -> a.age(f -> f.lte(65)),
                    a -> a.isActive(true))));
            assertThat(emails(adults)).containsExactlyInAnyOrder("john@example.com", "eve@spam.com");
            // OR conditions
            List<User> mail = prisma.user.findMany(q -> q.where(w -> w.OR(
                    o -> o.email(e -> e.contains("gmail.com")),
                    o -> o.email(e -> e.contains("yahoo.com")))));
            assertThat(emails(mail)).containsExactlyInAnyOrder("jane@gmail.com", "bob@yahoo.com");
            // NOT conditions
            List<User> notSpam = prisma.user.findMany(q -> q.where(w -> w.NOT(n -> n.email(e -> e.contains("spam.com")))));
            assertThat(notSpam).hasSize(3);

            // String filters: as in the JavaScript object literal, a key given twice keeps its last value
            List<User> strings = prisma.user.findMany(q -> q.where(w -> w
                    .name(f -> f.equalTo("John"))                  // Exact match
                    .email(f -> f.contains("example"))             // Contains substring
                    .name(f -> f.startsWith("J"))                  // Starts with
                    .email(f -> f.endsWith(".com"))                // Ends with
                    .name(f -> f.in("John", "Jane", "Bob"))        // In list
                    .email(f -> f.not(n -> n.contains("spam")))));  // Not contains
            assertThat(emails(strings)).containsExactlyInAnyOrder("john@example.com", "jane@gmail.com", "bob@yahoo.com");
            // Number filters
            List<Product> products = prisma.product.findMany(q -> q.where(w -> w
                    .price(f -> f.gt(100))       // Greater than
                    .stock(f -> f.gte(10))       // Greater than or equal
                    .discount(f -> f.lt(50))     // Less than
                    .rating(f -> f.lte(5))       // Less than or equal
                    .quantity(f -> f.not(0))));  // Not equal
            assertThat(products).extracting(Product::name).containsExactly("Laptop");
            // Date filters
            List<Post> recentPosts = prisma.post.findMany(q -> q.where(w -> w.createdAt(f -> f
                    .gte(Instant.parse("2023-01-01T00:00:00Z"))
                    .lte(Instant.parse("2023-12-31T00:00:00Z")))));
            assertThat(recentPosts).extracting(Post::title).containsExactlyInAnyOrder("Published", "Jane's");
            // JSON filters (the path is a list of keys on PostgreSQL, a JSON path on MySQL and SQLite)
            List<User> dark = prisma.user.findMany(q -> q.where(w -> w.metadata(m -> (db.kind() == DatabaseKind.POSTGRESQL
                    ? m.path("preferences", "theme") : m.path("$.preferences.theme")).equalTo("dark"))));
            assertThat(emails(dark)).containsExactly("john@example.com");

            // Select only specific fields
            List<User> selected = prisma.user.findMany(q -> q.select(s -> s.id().email().name()));
            assertThat(selected.get(0).loadedFields()).containsExactly("id", "email", "name");
            assertThatThrownBy(() -> selected.get(0).age()).isInstanceOf(FieldNotLoadedException.class)
                    .hasMessageContaining("User.age is not in this result");
            // Include related data
            List<User> withRelations = prisma.user.findMany(q -> q.include(i -> i.posts().profile()));
            assertThat(withRelations.get(0).posts()).hasSize(2);
            assertThat(withRelations.get(0).profile()).isNull();
            // Nested select
            List<User> nested = prisma.user.findMany(q -> q.select(s -> s
                    .id().name()
                    .posts(p -> p.select(ps -> ps.title().createdAt()).where(w -> w.published(true)))));
            assertThat(nested.get(0).posts()).extracting(Post::title).containsExactly("Published");

            // Count all records / with filter
            assertThat(prisma.user.count()).isEqualTo(4);
            assertThat(prisma.user.count(c -> c.where(w -> w.isActive(true)))).isEqualTo(3);
            // Count with grouping
            List<Post.GroupBy> postCountByAuthor = prisma.post.groupBy(g -> g
                    .by(Post.ScalarField.authorId)
                    ._count(c -> c.id())
                    .orderBy(o -> o.authorId(ASC)));
            assertThat(postCountByAuthor).extracting(Post.GroupBy::authorId).containsExactly(1, 2);
            assertThat(postCountByAuthor).extracting(g -> g._count().id()).containsExactly(2, 1);
        }
    }

    @EachDatabase
    void findUniqueByCompoundKey(TestDatabase db) {
        try (var prisma = Tutorial.client("many-to-many-explicit", db, generated.explicitm2m.PrismaClient::new)) {
            prisma.user.create(c -> c.data(d -> d.email("john@example.com").name("John")));
            prisma.role.createMany(c -> c.data(d -> d.name("USER"), d -> d.name("ADMIN")));
            prisma.userRole.create(c -> c.data(d -> d.assignedBy("root").userId(1).roleId(2)));

            // Find by composite unique constraint
            var assignment = prisma.userRole.findUnique(q -> q.where(w -> w.userId_roleId(1, 2)));
            assertThat(assignment.assignedBy()).isEqualTo("root");
            assertThat(prisma.userRole.findUnique(q -> q.where(w -> w.userId_roleId(1, 1)))).isNull();
        }
    }

    @EachDatabase(DatabaseKind.POSTGRESQL)
    void arrayFilters(TestDatabase db) {
        try (var prisma = Tutorial.client("rest-api", db, generated.restapi.PrismaClient::new)) {
            prisma.user.create(c -> c.data(d -> d.email("a@example.com").age(30)
                    .posts(p -> p.create(
                            x -> x.title("Node").content("c").tags("node", "prisma", "javascript"),
                            x -> x.title("React").content("c").tags("react"),
                            x -> x.title("Untagged").content("c")))));

            // Array filters, as the tutorial writes them: the last `tags` key is the one that counts
            var notEmpty = prisma.post.findMany(q -> q.where(w -> w
                    .tags(t -> t.has("javascript"))                // Has element
                    .tags(t -> t.hasEvery("node", "prisma"))       // Has all elements
                    .tags(t -> t.hasSome("react", "vue"))          // Has at least one
                    .tags(t -> t.isEmpty(false))));                // Not empty
            assertThat(notEmpty).extracting(generated.restapi.Post::title).containsExactlyInAnyOrder("Node", "React");
            // Each filter on its own
            assertThat(prisma.post.findMany(q -> q.where(w -> w.tags(t -> t.has("javascript")))))
                    .extracting(generated.restapi.Post::title).containsExactly("Node");
            assertThat(prisma.post.findMany(q -> q.where(w -> w.tags(t -> t.hasEvery("node", "prisma")))))
                    .extracting(generated.restapi.Post::title).containsExactly("Node");
            assertThat(prisma.post.findMany(q -> q.where(w -> w.tags(t -> t.hasSome("react", "vue")))))
                    .extracting(generated.restapi.Post::title).containsExactly("React");
            assertThat(prisma.post.findFirst(q -> q.where(w -> w.title("Node"))).tags())
                    .containsExactly("node", "prisma", "javascript");
        }
    }

    @EachDatabase
    void updateOperations(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seed(prisma);
            prisma.profile.create(c -> c.data(d -> d.bio("Hello").userId(1)));
            // Update by unique field
            User user = prisma.user.update(u -> u
                    .where(w -> w.email("john@example.com"))
                    .data(d -> d.name("John Updated").age(31)));
            assertThat(user.name()).isEqualTo("John Updated");
            assertThat(user.age()).isEqualTo(31);
            // Update with increment
            Post post = prisma.post.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.views(v -> v.increment(1))));   // views = views + 1
            assertThat(post.views()).isEqualTo(1501);
            // Update with multiply/divide
            Product product = prisma.product.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.price(p -> p.multiply(1.1))));   // Increase price by 10%
            assertThat(product.price()).isEqualTo(1200.5 * 1.1);

            // Update user and their profile
            User withProfile = prisma.user.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.name("Updated Name").profile(p -> p.update(pr -> pr.bio("Updated bio"))))
                    .include(i -> i.profile()));
            assertThat(withProfile.profile().bio()).isEqualTo("Updated bio");
            // Update or create nested relation
            User upserted = prisma.user.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.profile(p -> p.upsert(
                            create -> create.bio("New bio"),
                            update -> update.bio("Updated bio"))))
                    .include(i -> i.profile()));
            assertThat(upserted.profile().bio()).isEqualTo("Updated bio");
            // Disconnect relation: the profile's user is required, so Prisma refuses (P2014)
            assertThatThrownBy(() -> prisma.user.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.profile(p -> p.disconnect()))))
                    .isInstanceOfSatisfying(PrismaClientKnownRequestException.class,
                            e -> assertThat(e.code()).isEqualTo("P2014"));
            // Delete nested relation
            User withoutProfile = prisma.user.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.profile(p -> p.delete()))
                    .include(i -> i.profile()));
            assertThat(withoutProfile.profile()).isNull();

            // Update multiple records
            BatchPayload result = prisma.user.updateMany(u -> u
                    .where(w -> w.age(a -> a.lt(18)))
                    .data(d -> d.isActive(false)));
            assertThat(result.count()).isEqualTo(1);   // Updated 1 users
            // Update all records
            assertThat(prisma.product.updateMany(u -> u.data(d -> d.discount(10))).count()).isEqualTo(3);

            // Update if exists, create if doesn't exist
            User john = prisma.user.upsert(u -> u
                    .where(w -> w.email("john@example.com"))
                    .update(d -> d.name("John Updated").age(31))
                    .create(d -> d.email("john@example.com").name("John New").age(30)));
            assertThat(john.name()).isEqualTo("John Updated");
            User newcomer = prisma.user.upsert(u -> u
                    .where(w -> w.email("kate@example.com"))
                    .update(d -> d.name("never"))
                    .create(d -> d.email("kate@example.com").name("Kate").age(22)));
            assertThat(newcomer.name()).isEqualTo("Kate");
        }
    }

    @EachDatabase
    void deleteOperations(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seed(prisma);
            // Delete by unique field
            User deletedUser = prisma.user.delete(d -> d.where(w -> w.email("jane@gmail.com")));
            assertThat(deletedUser.name()).isEqualTo("Jane");
            // Delete by ID
            assertThat(prisma.user.delete(d -> d.where(w -> w.id(4))).email()).isEqualTo("eve@spam.com");
            // Delete multiple records
            BatchPayload result = prisma.user.deleteMany(d -> d.where(w -> w
                    .isActive(false)
                    .createdAt(c -> c.lt(Instant.parse("2020-01-01T00:00:00Z")))));
            assertThat(result.count()).isEqualTo(1);   // Deleted 1 users (Bob)
            // Delete all records (use with caution!)
            assertThat(prisma.user.deleteMany(d -> { }).count()).isEqualTo(1);
            assertThat(prisma.user.count()).isZero();
        }
    }

    @EachDatabase
    void cascadingDeletes(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seed(prisma);
            // onDelete: Cascade is set in the schema: deleting the user deletes their posts
            User deletedUser = prisma.user.delete(d -> d.where(w -> w.id(1)));
            assertThat(deletedUser.email()).isEqualTo("john@example.com");
            assertThat(prisma.post.count(c -> c.where(w -> w.authorId(1)))).isZero();

            // Manual cascading delete
            prisma.post.deleteMany(d -> d.where(w -> w.authorId(2)));
            prisma.user.delete(d -> d.where(w -> w.id(2)));
            assertThat(prisma.post.count()).isZero();
        }
    }

    @EachDatabase
    void advancedQueryPatterns(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.suiteClient("crud", db, PrismaClient::new)) {
            seed(prisma);
            // Aggregate functions
            User.Aggregate aggregations = prisma.user.aggregate(a -> a
                    ._count(c -> c.id())     // Count users
                    ._avg(v -> v.age())      // Average age
                    ._sum(v -> v.age())      // Sum of ages
                    ._min(m -> m.age())      // Minimum age
                    ._max(m -> m.age()));    // Maximum age
            assertThat(aggregations._count().id()).isEqualTo(4);
            assertThat(aggregations._avg().age()).isEqualTo(39.0);
            assertThat(aggregations._sum().age()).isEqualTo(156);
            assertThat(aggregations._min().age()).isEqualTo(16);
            assertThat(aggregations._max().age()).isEqualTo(70);

            // Group by single field
            List<User.GroupBy> usersByAge = prisma.user.groupBy(g -> g
                    .by(User.ScalarField.age)
                    ._count(c -> c.id())
                    .orderBy(o -> o.age(ASC)));
            assertThat(usersByAge).extracting(User.GroupBy::age).containsExactly(16, 30, 40, 70);
            // Group by multiple fields, with having
            List<Post.GroupBy> postStats = prisma.post.groupBy(g -> g
                    .by(Post.ScalarField.authorId, Post.ScalarField.published)
                    ._count(c -> c.id())
                    ._avg(v -> v.views())
                    .having(h -> h.views(v -> v._avg(a -> a.gt(100)))));   // average views > 100
            assertThat(postStats).singleElement().satisfies(group -> {
                assertThat(group.authorId()).isEqualTo(1);
                assertThat(group.published()).isTrue();
                assertThat(group._avg().views()).isEqualTo(1500.0);
            });

            // Get distinct values
            List<User> distinctAges = prisma.user.findMany(q -> q
                    .distinct(User.ScalarField.age)
                    .select(s -> s.age()));
            assertThat(distinctAges).extracting(User::age).containsExactlyInAnyOrder(16, 30, 40, 70);
            // Distinct on multiple fields
            List<User> distinctUsers = prisma.user.findMany(q -> q.distinct(User.ScalarField.city, User.ScalarField.country));
            assertThat(distinctUsers).hasSize(3);

            // Offset-based pagination
            Page page = usersPage(prisma, 2, 3);   // Page 2, 3 items per page
            assertThat(page.data()).extracting(User::email).containsExactly("bob@yahoo.com");
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.totalPages()).isEqualTo(2);

            // Cursor-based pagination
            CursorPage page1 = usersCursor(prisma, null, 3);
            assertThat(page1.data()).extracting(User::id).containsExactly(1, 2, 3);
            CursorPage page2 = usersCursor(prisma, page1.nextCursor(), 3);
            assertThat(page2.data()).extracting(User::id).containsExactly(4);
            assertThat(page2.nextCursor()).isNull();
        }
    }

    record Page(List<User> data, int total, int page, int pageSize, int totalPages) {
    }

    /** {@code getUsersPage(page, pageSize)} of the tutorial. */
    static Page usersPage(PrismaClient prisma, int page, int pageSize) {
        int skip = (page - 1) * pageSize;
        List<User> users = prisma.user.findMany(q -> q.skip(skip).take(pageSize).orderBy(o -> o.createdAt(DESC)));
        int total = prisma.user.count();
        return new Page(users, total, page, pageSize, (int) Math.ceil(total / (double) pageSize));
    }

    record CursorPage(List<User> data, Integer nextCursor) {
    }

    /** {@code getUsersCursor(cursor, pageSize)} of the tutorial. */
    static CursorPage usersCursor(PrismaClient prisma, Integer cursor, int pageSize) {
        List<User> users = prisma.user.findMany(q -> {
            q.take(pageSize).skip(cursor != null ? 1 : 0).orderBy(o -> o.id(ASC));   // Skip the cursor
            if (cursor != null) {
                q.cursor(c -> c.id(cursor));
            }
        });
        return new CursorPage(users, users.size() == pageSize ? users.get(users.size() - 1).id() : null);
    }

    private static List<String> emails(List<User> users) {
        return users.stream().map(User::email).toList();
    }
}
