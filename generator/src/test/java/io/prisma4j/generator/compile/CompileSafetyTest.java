package io.prisma4j.generator.compile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes the generated client turns into compile errors (the blog schema's client): the snippet goes in
 * the body of a method that has {@code PrismaClient prisma}. A correct snippet compiles without a single
 * warning.
 */
class CompileSafetyTest {

    private static String program(String statements) {
        return """
                import generated.blog.*;
                import io.prisma4j.client.typed.*;
                import java.util.List;

                class Snippet {
                    static void run(PrismaClient prisma) {
                        %s
                    }
                }
                """.formatted(statements);
    }

    @Test
    void correctUseCompilesWithoutWarnings() {
        InMemoryCompiler.Result result = InMemoryCompiler.compile("Snippet", program("""
                User alice = prisma.user.create(c -> c
                        .data(d -> d.email("alice@example.com").name("Alice").password("pw")
                                .posts(p -> p.create(post -> post.title("Hello").slug("hello").content("World"),
                                        post -> post.title("Draft").slug("draft").content("wip"))))
                        .include(i -> i.posts()));
                List<User> admins = prisma.user.findMany(q -> q
                        .where(w -> w.role(Role.ADMIN).OR(a -> a.name("Bob"), b -> b.isActive(false)))
                        .orderBy(o -> o.createdAt(SortOrder.DESC), o -> o.id(SortOrder.ASC))
                        .take(10));
                Post.Aggregate stats = prisma.post.aggregate(a -> a._avg(v -> v.views())._count(c -> c._all()));
                List<Post.GroupBy> groups = prisma.post.groupBy(g -> g.by(Post.ScalarField.authorId)
                        ._sum(s -> s.views()).having(h -> h.views(v -> v._sum(s -> s.gt(50)))));
                TransactionResults results = prisma.$transaction(prisma.post.pending().deleteMany(),
                        prisma.user.pending().delete(d -> d.where(w -> w.email("alice@example.com"))));
                String email = alice.email();
                int views = alice.posts().get(0).views();
                System.out.println(email + views + admins + stats + groups + results);
                """));
        assertThat(result.success()).as(result.messages()).isTrue();
        assertThat(result.errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field in where           | prisma.user.findMany(q -> q.where(w -> w.nope(1)));                         | cannot find symbol
            unknown field in select          | prisma.user.findMany(q -> q.select(s -> s.nope()));                         | cannot find symbol
            wrong value type in where        | prisma.user.findMany(q -> q.where(w -> w.email(42)));                       | int cannot be converted to java.lang.String
            wrong value type in data         | prisma.post.update(u -> u.where(w -> w.id(1)).data(d -> d.views("many")));  | java.lang.String cannot be converted to int
            string for an enum               | prisma.user.update(u -> u.where(w -> w.id(1)).data(d -> d.role("ADMIN")));  | incompatible types
            include of a scalar              | prisma.user.findMany(q -> q.include(i -> i.email()));                       | cannot find symbol
            missing required field in create | prisma.user.create(c -> c.data(d -> d.email("a@b.c").name("A")));           | User.CreateInput.HasPassword
            missing required relation        | prisma.post.create(c -> c.data(d -> d.title("T").slug("t").content("c")));  | Post.CreateInput.HasAuthorId
            compound key with a missing part | prisma.like.findUnique(q -> q.where(w -> w.userId_postId(1)));              | userId_postId
            relation filter in a scalar where | prisma.post.update(u -> u.where(w -> w.id(1)).data(d -> d.tags(t -> t.deleteMany(s -> s.tag(x -> x.name("a")))))); | cannot find symbol
            where of another model           | prisma.user.findMany(q -> q.where(w -> w.slug("hello")));                   | cannot find symbol
            sort order as a string           | prisma.user.findMany(q -> q.orderBy(o -> o.email("asc")));                  | incompatible types
            unknown scalar in distinct       | prisma.user.findMany(q -> q.distinct(Post.ScalarField.slug));               | cannot be converted to generated.blog.User.ScalarField
            relation read as a scalar        | String posts = prisma.user.findFirst().posts();                             | incompatible types
            to-one relation filter on a list | prisma.user.findMany(q -> q.where(w -> w.postsIs(p -> p.published(true)))); | cannot find symbol
            createMany with a relation       | prisma.post.createMany(c -> c.data(d -> d.title("T").slug("t").content("c").author(a -> a.connect(w -> w.id(1))))); | cannot find symbol
            """)
    void misuseDoesNotCompile(String mistake, String statement, String expectedMessage) {
        InMemoryCompiler.Result result = InMemoryCompiler.compile("Snippet", program(statement));
        assertThat(result.success()).as(mistake + " should not compile").isFalse();
        assertThat(result.messages()).as(mistake).contains(expectedMessage);
    }
}
