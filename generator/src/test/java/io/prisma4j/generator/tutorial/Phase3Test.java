package io.prisma4j.generator.tutorial;

import generated.enums.OrderStatus;
import generated.enums.UserRole;
import io.prisma4j.client.typed.FieldNotLoadedException;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phase 3 (schema deep dive) in Java: the usage examples of Module 3.2 (one-to-one, one-to-many,
 * implicit and explicit many-to-many, self-relation) and Module 3.3 (enums), each on the schema the
 * tutorial gives for it. (The composite type example of Module 3.3 is MongoDB's; there is no MongoDB
 * server to run it on.)
 */
class Phase3Test {

    @EachDatabase
    void oneToOne(TestDatabase db) {
        try (var prisma = Tutorial.client("one-to-one", db, generated.onetoone.PrismaClient::new)) {
            // Create user with profile
            var userWithProfile = prisma.user.create(c -> c
                    .data(d -> d.email("john@example.com").name("John Doe")
                            .profile(p -> p.create(profile -> profile.bio("Software developer").avatar("avatar.jpg"))))
                    .include(i -> i.profile()));
            assertThat(userWithProfile.profile().bio()).isEqualTo("Software developer");
            assertThat(userWithProfile.profile().avatar()).isEqualTo("avatar.jpg");
            assertThat(userWithProfile.profile().userId()).isEqualTo(userWithProfile.id());

            // Update profile
            var updatedUser = prisma.user.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.profile(p -> p.update(profile -> profile.bio("Senior software developer")))));
            assertThat(updatedUser.name()).isEqualTo("John Doe");
            assertThatThrownBy(updatedUser::profile).isInstanceOf(FieldNotLoadedException.class)
                    .hasMessage("User.profile was not loaded: add include(i -> i.profile()) or select(s -> s.profile()) "
                            + "to the query.");
            assertThat(prisma.profile.findUnique(q -> q.where(w -> w.userId(1))).bio())
                    .isEqualTo("Senior software developer");
        }
    }

    @EachDatabase
    void oneToMany(TestDatabase db) {
        try (var prisma = Tutorial.client("one-to-many", db, generated.onetomany.PrismaClient::new)) {
            // Create user with multiple posts
            var userWithPosts = prisma.user.create(c -> c
                    .data(d -> d.email("author@example.com").name("Jane Author")
                            .posts(p -> p.create(
                                    post -> post.title("First Post").content("Hello World"),
                                    post -> post.title("Second Post").content("Learning Prisma"))))
                    .include(i -> i.posts()));
            assertThat(userWithPosts.posts()).extracting(generated.onetomany.Post::title)
                    .containsExactly("First Post", "Second Post");
            prisma.post.update(u -> u.where(w -> w.id(2)).data(d -> d.published(true)));

            // Find user with all posts
            var user = prisma.user.findUnique(q -> q
                    .where(w -> w.id(1))
                    .include(i -> i.posts(p -> p
                            .where(w -> w.published(true))          // Filter posts
                            .orderBy(o -> o.createdAt(io.prisma4j.client.typed.SortOrder.DESC)))));
            assertThat(user.posts()).extracting(generated.onetomany.Post::title).containsExactly("Second Post");

            // Create post for existing user
            var post = prisma.post.create(c -> c.data(d -> d
                    .title("Third Post")
                    .content("Advanced Prisma")
                    .author(a -> a.connect(w -> w.id(1)))));     // Connect to existing user
            assertThat(post.authorId()).isEqualTo(1);
            assertThat(post.published()).isFalse();
        }
    }

    @EachDatabase
    void implicitManyToMany(TestDatabase db) {
        try (var prisma = Tutorial.client("many-to-many-implicit", db, generated.implicitm2m.PrismaClient::new)) {
            // Create user with roles
            var user = prisma.user.create(c -> c
                    .data(d -> d.email("admin@example.com").name("Admin User")
                            .roles(r -> r.create(role -> role.name("ADMIN"), role -> role.name("MODERATOR"))))
                    .include(i -> i.roles()));
            assertThat(user.roles()).extracting(generated.implicitm2m.Role::name)
                    .containsExactlyInAnyOrder("ADMIN", "MODERATOR");
            int moderator = user.roles().stream().filter(r -> r.name().equals("MODERATOR")).findFirst().orElseThrow().id();

            // Add role to existing user (already linked: connecting again keeps one link)
            var updatedUser = prisma.user.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.roles(r -> r.connect(w -> w.id(moderator))))
                    .include(i -> i.roles()));
            assertThat(updatedUser.roles()).hasSize(2);

            // Remove role from user
            prisma.user.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.roles(r -> r.disconnect(w -> w.id(moderator)))));
            assertThat(prisma.user.findUnique(q -> q.where(w -> w.id(1)).include(i -> i.roles())).roles())
                    .extracting(generated.implicitm2m.Role::name).containsExactly("ADMIN");
            assertThat(prisma.role.count()).as("disconnect keeps the role").isEqualTo(2);
        }
    }

    @EachDatabase
    void explicitManyToMany(TestDatabase db) {
        try (var prisma = Tutorial.client("many-to-many-explicit", db, generated.explicitm2m.PrismaClient::new)) {
            prisma.user.create(c -> c.data(d -> d.email("john@example.com").name("John")));
            prisma.role.createMany(c -> c.data(d -> d.name("USER"), d -> d.name("ADMIN")));

            // Assign role to user with metadata
            var assignment = prisma.userRole.create(c -> c.data(d -> d
                    .assignedBy("admin@example.com")
                    .user(u -> u.connect(w -> w.id(1)))
                    .role(r -> r.connect(w -> w.id(2)))));
            assertThat(assignment.userId()).isEqualTo(1);
            assertThat(assignment.roleId()).isEqualTo(2);
            assertThat(assignment.assignedAt()).isNotNull();

            // Get user with roles and metadata
            var user = prisma.user.findUnique(q -> q
                    .where(w -> w.id(1))
                    .include(i -> i.userRoles(ur -> ur.include(x -> x.role()))));   // Include role details
            assertThat(user.userRoles()).singleElement().satisfies(userRole -> {
                assertThat(userRole.assignedBy()).isEqualTo("admin@example.com");
                assertThat(userRole.role().name()).isEqualTo("ADMIN");
            });
        }
    }

    @EachDatabase
    void selfRelation(TestDatabase db) {
        try (var prisma = Tutorial.client("self-relation-follows", db, generated.follows.PrismaClient::new)) {
            prisma.user.createMany(c -> c.data(d -> d.email("one@example.com").name("One"),
                    d -> d.email("two@example.com").name("Two")));

            // User 1 follows User 2
            prisma.user.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.following(f -> f.connect(w -> w.id(2)))));

            // Get user with followers and following
            var user = prisma.user.findUnique(q -> q
                    .where(w -> w.id(1))
                    .include(i -> i.followers().following()));
            assertThat(user.following()).extracting(generated.follows.User::name).containsExactly("Two");
            assertThat(user.followers()).isEmpty();
            var two = prisma.user.findUnique(q -> q.where(w -> w.id(2)).include(i -> i.followers()));
            assertThat(two.followers()).extracting(generated.follows.User::name).containsExactly("One");
        }
    }

    @EachDatabase
    void enums(TestDatabase db) {
        try (var prisma = Tutorial.client("enums", db, generated.enums.PrismaClient::new)) {
            // Create user with role
            var user = prisma.user.create(c -> c.data(d -> d
                    .email("admin@example.com")
                    .role(UserRole.ADMIN)));
            assertThat(user.role()).isEqualTo(UserRole.ADMIN);
            prisma.user.create(c -> c.data(d -> d.email("user@example.com")));

            // Filter by enum
            List<generated.enums.User> admins = prisma.user.findMany(q -> q.where(w -> w.role(UserRole.ADMIN)));
            assertThat(admins).extracting(generated.enums.User::email).containsExactly("admin@example.com");

            // Update order status
            prisma.order.create(c -> c.data(d -> d));
            var order = prisma.order.update(u -> u
                    .where(w -> w.id(1))
                    .data(d -> d.status(OrderStatus.SHIPPED)));
            assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        }
    }
}
