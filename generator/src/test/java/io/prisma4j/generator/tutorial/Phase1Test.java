package io.prisma4j.generator.tutorial;

import generated.firstmodel.PrismaClient;
import generated.firstmodel.User;
import io.prisma4j.client.LogLevel;
import io.prisma4j.client.PrismaEvent;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Phase 1, Module 1.3 (first model) in Java: the client with logging, and the first CRUD operations. */
class Phase1Test {

    /** {@code src/prisma.ts}: {@code new PrismaClient({ log: ['query', 'info', 'warn', 'error'] })}. */
    @EachDatabase
    void clientWithLogging(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.client("first-model", db,
                options -> new PrismaClient(o -> { options.accept(o); o.log(LogLevel.QUERY, LogLevel.INFO, LogLevel.WARN,
                        LogLevel.ERROR); }))) {
            List<PrismaEvent> queries = new CopyOnWriteArrayList<>();
            prisma.$on("query", queries::add);
            prisma.user.findMany();
            assertThat(queries).anySatisfy(e -> assertThat(e.query()).containsIgnoringCase("SELECT"));
        }
    }

    /** {@code src/index.ts}: create, findMany, findUnique, update, delete, then {@code $disconnect}. */
    @EachDatabase
    void firstCrudOperations(TestDatabase db) {
        try (PrismaClient prisma = Tutorial.client("first-model", db, PrismaClient::new)) {
            // CREATE - Insert a new user
            User newUser = prisma.user.create(c -> c.data(d -> d
                    .email("alice@example.com")
                    .name("Alice Johnson")
                    .age(28)));
            assertThat(newUser.id()).isEqualTo(1);
            assertThat(newUser.email()).isEqualTo("alice@example.com");
            assertThat(newUser.name()).isEqualTo("Alice Johnson");
            assertThat(newUser.age()).isEqualTo(28);
            assertThat(newUser.isActive()).isTrue();
            assertThat(newUser.createdAt()).isNotNull();
            assertThat(newUser.updatedAt()).isNotNull();

            // READ - Fetch all users
            List<User> allUsers = prisma.user.findMany();
            assertThat(allUsers).containsExactly(newUser);

            // READ - Fetch single user by unique field
            User user = prisma.user.findUnique(q -> q.where(w -> w.email("alice@example.com")));
            assertThat(user).isEqualTo(newUser);

            // UPDATE - Modify user
            User updatedUser = prisma.user.update(u -> u
                    .where(w -> w.email("alice@example.com"))
                    .data(d -> d.age(29)));
            assertThat(updatedUser.age()).isEqualTo(29);
            assertThat(updatedUser.updatedAt()).isAfterOrEqualTo(newUser.updatedAt());

            // DELETE - Remove user
            User deletedUser = prisma.user.delete(d -> d.where(w -> w.email("alice@example.com")));
            assertThat(deletedUser.id()).isEqualTo(1);
            assertThat(prisma.user.findMany()).isEmpty();

            // Disconnect Prisma Client
            prisma.$disconnect();
            assertThat(prisma.user.count()).as("a call after $disconnect reconnects").isZero();
        }
    }
}
