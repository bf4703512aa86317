package io.prisma4j.generator.typed;

import generated.crud.PrismaClient;
import generated.crud.User;
import io.prisma4j.client.typed.SortOrder;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void createAndFind() throws Exception {
        Path suite = Conformance.category("queries").resolve("crud");
        try (TestDatabase db = TestDatabases.create(DatabaseKind.SQLITE)) {
            db.execute(Files.readString(suite.resolve("ddl.sqlite.sql")));
            try (PrismaClient prisma = new PrismaClient(o -> o.schema(suite.resolve("schema.sqlite.prisma")).datasourceUrl(db.url()))) {
                User alice = prisma.user.create(c -> c
                        .data(d -> d.email("alice@example.com").name("Alice").age(28)
                                .posts(p -> p.create(post -> post.title("Hello").content("World"))))
                        .include(i -> i.posts()));
                System.out.println(alice);
                List<User> adults = prisma.user.findMany(q -> q
                        .where(w -> w.age(a -> a.gte(18)).isActive(true))
                        .orderBy(o -> o.createdAt(SortOrder.DESC))
                        .take(10));
                assertThat(adults).hasSize(1);
                assertThat(alice.posts()).hasSize(1);
                assertThat(alice.posts().get(0).title()).isEqualTo("Hello");
            }
        }
    }
}
