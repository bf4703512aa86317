package io.prisma4j.generator.typed;

import generated.blog.Post;
import generated.blog.PrismaClient;
import generated.blog.Role;
import generated.blog.User;
import io.prisma4j.client.typed.NullsOrder;
import io.prisma4j.client.typed.QueryMode;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.time.Instant;
import java.util.List;

import static io.prisma4j.client.typed.SortOrder.ASC;
import static io.prisma4j.client.typed.SortOrder.DESC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog conformance suite (82 steps, {@code queries/blog}) written against the client generated from
 * its schema: every call of {@code cases.json} translated into typed Java, run in order, each answer
 * compared with what real Prisma recorded and each result's JSON with Prisma's. Four steps cannot be
 * written: they are mistakes the Java compiler rejects.
 */
class BlogSuiteTest {

    @EachDatabase
    void theTypedClientAnswersTheBlogSuiteAsPrismaDoes(TestDatabase db) {
        SuiteReplay replay = new SuiteReplay("blog", db).createTables();
        try (PrismaClient prisma = new PrismaClient(o -> o.schema(replay.schema()).datasourceUrl(db.url()))) {
            SuiteReplay.Outcome outcome = replay.run(prisma, steps());
            assertThat(outcome.compared()).isGreaterThanOrEqualTo(78);
            assertThat(outcome.rejectedByCompiler()).isEqualTo(4);
        }
    }

    static List<Step<PrismaClient>> steps() {
        return List.of(
                Step.of("create category", p -> p.category.create(c -> c
                        .data(d -> d.name("Tech").slug("tech").description("All things tech"))
                        .select(s -> s.id().name().slug().description()))),
                Step.of("createMany tags", p -> p.tag.createMany(c -> c
                        .data(d -> d.name("prisma").slug("prisma"), d -> d.name("java").slug("java"),
                                d -> d.name("sql").slug("sql")))),
                Step.of("nested create user+posts+tags (connect), select nested", p -> p.user.create(c -> c
                        .data(d -> d.email("alice@example.com").name("Alice").password("pw")
                                .posts(posts -> posts.create(
                                        post -> post.title("Hello Prisma").slug("hello-prisma").content("First post")
                                                .published(true).publishedAt(Instant.parse("2024-03-01T10:00:00.000Z"))
                                                .views(120)
                                                .category(cat -> cat.connect(w -> w.slug("tech")))
                                                .tags(tags -> tags.create(
                                                        t -> t.tag(tag -> tag.connect(w -> w.slug("prisma"))),
                                                        t -> t.tag(tag -> tag.connect(w -> w.slug("sql"))))),
                                        post -> post.title("Draft").slug("draft-1").content("wip").views(3))))
                        .select(s -> s.id().email().name().role().isActive()
                                .posts(a -> a.orderBy(o -> o.id(ASC)).select(ps -> ps.id().title().published()
                                        .publishedAt().views()
                                        .category(cat -> cat.select(cs -> cs.slug()))
                                        .tags(t -> t.orderBy(o -> o.tagId(ASC))
                                                .select(ts -> ts.tag(tag -> tag.select(tg -> tg.name()))))))))),
                Step.of("nested create user with post with comments (connect user by email)", p -> p.user.create(c -> c
                        .data(d -> d.email("bob@example.com").name("Bob").password("pw").role(Role.ADMIN).bio("Admin here")
                                .posts(posts -> posts.create(post -> post.title("Admin notes").slug("admin-notes")
                                        .content("notes").published(true)
                                        .publishedAt(Instant.parse("2024-04-02T08:30:00.000Z")).views(40)
                                        .comments(comments -> comments.create(
                                                cm -> cm.content("Nice!").user(u -> u.connect(w -> w.email("alice@example.com"))),
                                                cm -> cm.content("Thanks").user(u -> u.connect(w -> w.email("bob@example.com"))))))))
                        .include(i -> i.posts(a -> a.include(pi -> pi.comments(cm -> cm
                                .select(s -> s.id().content().userId()).orderBy(o -> o.id(ASC)))))))),
                Step.of("create inactive user, mixed-case email", p -> p.user.create(c -> c
                        .data(d -> d.email("Carol@Example.COM").name("Carol").password("pw").isActive(false))
                        .select(s -> s.id().email().isActive().bio()))),
                Step.of("self-relation reply (connect parent)", p -> p.comment.create(c -> c
                        .data(d -> d.content("Reply to Nice").post(post -> post.connect(w -> w.slug("admin-notes")))
                                .user(u -> u.connect(w -> w.email("bob@example.com")))
                                .parent(parent -> parent.connect(w -> w.id(1))))
                        .select(s -> s.id().parentId().parent(a -> a.select(ps -> ps.content()))))),
                Step.of("include posts (select subset), orderBy id", p -> p.user.findMany(q -> q
                        .orderBy(o -> o.id(ASC))
                        .select(s -> s.email().posts(a -> a.select(ps -> ps.slug()).orderBy(o -> o.slug(ASC)))))),
                Step.of("relation filter some", p -> p.user.findMany(q -> q
                        .where(w -> w.posts(f -> f.some(post -> post.published(true))))
                        .select(s -> s.email()).orderBy(o -> o.id(ASC)))),
                Step.of("relation filter every", p -> p.user.findMany(q -> q
                        .where(w -> w.posts(f -> f.every(post -> post.published(true))))
                        .select(s -> s.email()).orderBy(o -> o.id(ASC)))),
                Step.of("relation filter none", p -> p.user.findMany(q -> q
                        .where(w -> w.posts(f -> f.none(post -> { })))
                        .select(s -> s.email()))),
                Step.of("contains mode insensitive", p -> p.user.findMany(q -> q
                        .where(w -> w.email(e -> e.contains("EXAMPLE.com").mode(QueryMode.INSENSITIVE)))
                        .select(s -> s.email()).orderBy(o -> o.email(ASC)))),
                Step.of("contains (case-sensitive default)", p -> p.user.findMany(q -> q
                        .where(w -> w.email(e -> e.contains("Example")))
                        .select(s -> s.email()))),
                Step.of("in + not", p -> p.user.findMany(q -> q
                        .where(w -> w.id(f -> f.in(1, 3, 42)).name(f -> f.not("Alice")))
                        .select(s -> s.id().name()))),
                Step.of("enum not + notIn", p -> p.user.findMany(q -> q
                        .where(w -> w.role(f -> f.not(Role.USER)).email(f -> f.notIn("x@example.com")))
                        .select(s -> s.name().role()))),
                Step.of("cursor pagination (cursor id 1, skip 1, take 2)", p -> p.post.findMany(q -> q
                        .cursor(c -> c.id(1)).skip(1).take(2).orderBy(o -> o.id(ASC))
                        .select(s -> s.id().slug()))),
                Step.of("groupBy with having and orderBy", p -> p.post.groupBy(g -> g
                        .by(Post.ScalarField.authorId)._count(c -> c._all())._sum(s -> s.views())
                        .having(h -> h.views(v -> v._sum(s -> s.gt(50))))
                        .orderBy(o -> o.authorId(ASC)))),
                Step.of("aggregate", p -> p.post.aggregate(a -> a
                        ._count(c -> c._all())._avg(v -> v.views())._min(m -> m.views())._max(m -> m.publishedAt())
                        .where(w -> w.published(true)))),
                Step.of("count with where", p -> p.user.count(c -> c.where(w -> w.isActive(true)))),
                Step.of("upsert existing (update path)", p -> p.user.upsert(u -> u
                        .where(w -> w.email("alice@example.com"))
                        .create(d -> d.email("alice@example.com").name("Alice2").password("pw"))
                        .update(d -> d.name("Alice Updated"))
                        .select(s -> s.id().name()))),
                Step.of("upsert new (create path)", p -> p.user.upsert(u -> u
                        .where(w -> w.email("dave@example.com"))
                        .create(d -> d.email("dave@example.com").name("Dave").password("pw").role(Role.MODERATOR))
                        .update(d -> d.name("never"))
                        .select(s -> s.id().name().role()))),
                Step.of("P2002 unique violation", p -> p.user.create(c -> c
                        .data(d -> d.email("alice@example.com").name("Dup").password("pw")))),
                Step.of("P2025 update missing record", p -> p.user.update(u -> u
                        .where(w -> w.id(999)).data(d -> d.name("ghost")))),
                Step.of("P2025 delete missing record", p -> p.user.delete(d -> d.where(w -> w.email("nobody@example.com")))),
                Step.of("atomic increment", p -> p.post.update(u -> u
                        .where(w -> w.slug("hello-prisma")).data(d -> d.views(v -> v.increment(5)))
                        .select(s -> s.slug().views()))),
                Step.of("_count of relations", p -> p.user.findUnique(q -> q
                        .where(w -> w.email("bob@example.com"))
                        .select(s -> s.email()._count(c -> c.select(r -> r.posts().comments()))))),
                Step.of("orderBy relation field + desc", p -> p.post.findMany(q -> q
                        .orderBy(o -> o.author(a -> a.name(ASC)), o -> o.views(DESC))
                        .select(s -> s.slug().views().author(a -> a.select(u -> u.name()))))),
                Step.of("findFirst with OR/NOT", p -> p.user.findFirst(q -> q
                        .where(w -> w.OR(a -> a.role(Role.ADMIN), b -> b.isActive(false))
                                .NOT(n -> n.email(e -> e.startsWith("bob"))))
                        .select(s -> s.email()))),
                Step.of("create like", p -> p.like.create(c -> c
                        .data(d -> d.user(u -> u.connect(w -> w.id(1))).post(post -> post.connect(w -> w.slug("admin-notes"))))
                        .select(s -> s.userId().postId()))),
                Step.of("P2002 compound unique (userId, postId)", p -> p.like.create(c -> c
                        .data(d -> d.userId(1).postId(3)))),
                Step.of("filter through join table", p -> p.postTag.findMany(q -> q
                        .where(w -> w.tag(t -> t.name("prisma")))
                        .select(s -> s.post(a -> a.select(ps -> ps.slug())).tag(a -> a.select(ts -> ts.slug()))))),
                Step.of("findUnique by compound id", p -> p.postTag.findUnique(q -> q
                        .where(w -> w.postId_tagId(2, 3)).select(s -> s.postId().tagId()))),
                Step.of("distinct", p -> p.user.findMany(q -> q
                        .distinct(User.ScalarField.role).orderBy(o -> o.role(ASC)).select(s -> s.role()))),
                Step.of("date filter with $date", p -> p.post.findMany(q -> q
                        .where(w -> w.publishedAt(f -> f.gte(Instant.parse("2024-03-15T00:00:00.000Z"))))
                        .select(s -> s.slug().publishedAt()))),
                Step.of("deleteMany", p -> p.user.deleteMany(d -> d.where(w -> w.email(e -> e.startsWith("dave"))))),
                Step.rejectedByCompiler("validation error (unknown field) -> no code",
                        "w.nope(1): UserWhereInput has no method nope"),
                Step.of("raw query", p -> p.$queryRawUnsafe("SELECT COUNT(*) AS n FROM users")),
                Step.of("create category Life", p -> p.category.create(c -> c
                        .data(d -> d.name("Life").slug("life").description(null))
                        .select(s -> s.id().slug()))),
                Step.of("post with category connect and tags via explicit join (connect + connectOrCreate)",
                        p -> p.post.create(c -> c
                                .data(d -> d.title("Java and Prisma").slug("java-and-prisma").content("Both worlds")
                                        .published(true).publishedAt(Instant.parse("2024-05-05T05:05:05.000Z")).views(75)
                                        .author(a -> a.connect(w -> w.email("bob@example.com")))
                                        .category(cat -> cat.connect(w -> w.slug("life")))
                                        .tags(tags -> tags.create(
                                                t -> t.tag(tag -> tag.connect(w -> w.slug("java"))),
                                                t -> t.tag(tag -> tag.connectOrCreate(w -> w.slug("kotlin"),
                                                        k -> k.name("kotlin").slug("kotlin"))))))
                                .select(s -> s.id().slug().category(cat -> cat.select(cs -> cs.name()))
                                        .tags(t -> t.orderBy(o -> o.tagId(ASC))
                                                .select(ts -> ts.tag(tag -> tag.select(tg -> tg.slug()))))))),
                Step.of("tag upsert (update path)", p -> p.tag.upsert(u -> u
                        .where(w -> w.slug("kotlin")).update(d -> d.name("Kotlin"))
                        .create(d -> d.name("kotlin").slug("kotlin"))
                        .select(s -> s.id().name()))),
                Step.of("three levels: posts -> tags -> tag", p -> p.post.findMany(q -> q
                        .where(w -> w.tags(t -> t.some(pt -> { })))
                        .orderBy(o -> o.id(ASC))
                        .select(s -> s.slug().tags(t -> t.orderBy(o -> o.tagId(ASC))
                                .select(ts -> ts.tag(tag -> tag.select(tg -> tg.name()))))))),
                Step.of("reply to a reply (self relation chain)", p -> p.comment.create(c -> c
                        .data(d -> d.content("Reply to the reply").post(post -> post.connect(w -> w.slug("admin-notes")))
                                .user(u -> u.connect(w -> w.email("alice@example.com")))
                                .parent(parent -> parent.connect(w -> w.id(3))))
                        .select(s -> s.id().parentId()))),
                Step.of("top-level comments with replies two levels deep", p -> p.comment.findMany(q -> q
                        .where(w -> w.parentId((Integer) null))
                        .orderBy(o -> o.id(ASC))
                        .select(s -> s.id().content().replies(r -> r.orderBy(o -> o.id(ASC))
                                .select(rs -> rs.content().replies(r2 -> r2.select(r2s -> r2s.content()
                                        .user(u -> u.select(us -> us.name()))))))))),
                Step.of("comments whose parent is not null, with parent", p -> p.comment.findMany(q -> q
                        .where(w -> w.parentIsNot(null))
                        .orderBy(o -> o.id(ASC))
                        .select(s -> s.id().parent(a -> a.select(ps -> ps.id()))))),
                Step.of("omit password", p -> p.user.findUnique(q -> q
                        .where(w -> w.email("bob@example.com"))
                        .omit(o -> o.password().createdAt().updatedAt()))),
                Step.of("omit with include", p -> p.user.findMany(q -> q
                        .where(w -> w.role(Role.ADMIN))
                        .omit(o -> o.password().bio().createdAt().updatedAt())
                        .include(i -> i.posts(a -> a.select(ps -> ps.slug()).orderBy(o -> o.id(ASC)))))),
                Step.of("omit and select together -> validation error", p -> p.user.findMany(q -> q
                        .omit(o -> o.password()).select(s -> s.email()))),
                Step.of("like findUnique by compound unique userId_postId", p -> p.like.findUnique(q -> q
                        .where(w -> w.userId_postId(1, 3)).select(s -> s.id().userId().postId()))),
                Step.of("like upsert by compound unique (update path)", p -> p.like.upsert(u -> u
                        .where(w -> w.userId_postId(1, 3)).update(d -> { })
                        .create(d -> d.userId(1).postId(3))
                        .select(s -> s.userId().postId()))),
                Step.of("like upsert by compound unique (create path)", p -> p.like.upsert(u -> u
                        .where(w -> w.userId_postId(2, 2)).update(d -> { })
                        .create(d -> d.user(x -> x.connect(w -> w.id(2))).post(x -> x.connect(w -> w.id(2))))
                        .select(s -> s.userId().postId()))),
                Step.rejectedByCompiler("compound unique with missing part -> validation error",
                        "w.userId_postId(1): userId_postId takes both parts of the key"),
                Step.of("postTag compound id delete", p -> p.postTag.delete(d -> d
                        .where(w -> w.postId_tagId(2, 3)).select(s -> s.postId().tagId()))),
                Step.rejectedByCompiler("nested deleteMany with a relation filter -> validation error (scalar filters only)",
                        "deleteMany(w -> w.tag(...)): PostTag.ScalarWhereInput has no relation filters"),
                Step.of("nested deleteMany on the explicit join by scalar", p -> p.post.update(u -> u
                        .where(w -> w.slug("java-and-prisma"))
                        .data(d -> d.tags(t -> t.deleteMany(w -> w.tagId(f -> f.gt(3)))))
                        .select(s -> s.tags(t -> t.orderBy(o -> o.tagId(ASC))
                                .select(ts -> ts.tag(tag -> tag.select(tg -> tg.slug()))))))),
                Step.of("nested create on the explicit join again", p -> p.post.update(u -> u
                        .where(w -> w.slug("java-and-prisma"))
                        .data(d -> d.tags(t -> t.create(pt -> pt.tag(tag -> tag.connect(w -> w.slug("kotlin"))))))
                        .select(s -> s.tags(t -> t.orderBy(o -> o.tagId(ASC)).select(ts -> ts.tagId()))))),
                Step.of("posts select _count of three relations", p -> p.post.findMany(q -> q
                        .orderBy(o -> o.id(ASC))
                        .select(s -> s.slug()._count(c -> c.select(r -> r.comments().likes().tags()))))),
                Step.of("users with comments containing text", p -> p.user.findMany(q -> q
                        .where(w -> w.comments(c -> c.some(cm -> cm.content(f -> f.contains("Reply")))))
                        .orderBy(o -> o.id(ASC)).select(s -> s.email()))),
                Step.of("count posts tagged prisma", p -> p.post.count(c -> c
                        .where(w -> w.tags(t -> t.some(pt -> pt.tag(tag -> tag.name("prisma"))))))),
                Step.of("enum in filter", p -> p.user.findMany(q -> q
                        .where(w -> w.role(r -> r.in(Role.ADMIN, Role.MODERATOR)))
                        .orderBy(o -> o.id(ASC)).select(s -> s.email().role()))),
                Step.of("enum update", p -> p.user.update(u -> u
                        .where(w -> w.email("Carol@Example.COM")).data(d -> d.role(Role.MODERATOR))
                        .select(s -> s.role()))),
                Step.rejectedByCompiler("invalid enum value -> validation error",
                        "d.role(\"SUPERADMIN\"): role takes a Role constant"),
                Step.of("publishedAt null ordering nulls first", p -> p.post.findMany(q -> q
                        .orderBy(o -> o.publishedAt(ASC, NullsOrder.FIRST), o -> o.id(ASC))
                        .select(s -> s.slug().publishedAt()))),
                Step.of("distinct authorId ordered", p -> p.post.findMany(q -> q
                        .distinct(Post.ScalarField.authorId)
                        .orderBy(o -> o.authorId(ASC), o -> o.views(DESC))
                        .select(s -> s.authorId().slug()))),
                Step.of("findFirst skip 1 by views desc", p -> p.post.findFirst(q -> q
                        .orderBy(o -> o.views(DESC)).skip(1).select(s -> s.slug().views()))),
                Step.of("groupBy categoryId with _sum and having _count", p -> p.post.groupBy(g -> g
                        .by(Post.ScalarField.categoryId)._sum(s -> s.views())._count(c -> c._all())
                        .having(h -> h.id(f -> f._count(c -> c.gte(1))))
                        .orderBy(o -> o.categoryId(ASC)))),
                Step.of("updateMany publish drafts", p -> p.post.updateMany(u -> u
                        .where(w -> w.published(false))
                        .data(d -> d.published(true).publishedAt(Instant.parse("2024-06-01T00:00:00.000Z"))))),
                Step.of("Text column contains", p -> p.post.findMany(q -> q
                        .where(w -> w.content(f -> f.contains("worlds"))).select(s -> s.slug()))),
                Step.of("delete category: posts.categoryId SetNull", p -> p.category.delete(d -> d
                        .where(w -> w.slug("life")).select(s -> s.slug()))),
                Step.of("post after category delete", p -> p.post.findUnique(q -> q
                        .where(w -> w.slug("java-and-prisma")).select(s -> s.categoryId().category()))),
                Step.of("delete post: comments, likes and post_tags cascade", p -> p.post.delete(d -> d
                        .where(w -> w.slug("admin-notes")).select(s -> s.id()))),
                Step.of("counts after post cascade", p -> p.comment.count()),
                Step.of("likes after post cascade", p -> p.like.count()),
                Step.of("P2003 like on a missing post", p -> p.like.create(c -> c.data(d -> d.userId(1).postId(999)))),
                Step.of("user with posts and comments for the batch", p -> p.user.create(c -> c
                        .data(d -> d.email("erin@example.com").name("Erin").password("pw")
                                .posts(posts -> posts.create(
                                        post -> post.title("E1").slug("e1").content("c"),
                                        post -> post.title("E2").slug("e2").content("c"))))
                        .select(s -> s.id()))),
                Step.of("comment by erin", p -> p.comment.create(c -> c
                        .data(d -> d.content("erin says").post(post -> post.connect(w -> w.slug("e1")))
                                .user(u -> u.connect(w -> w.email("erin@example.com"))))
                        .select(s -> s.userId()))),
                Step.of("5.2 batch $transaction that fails on its last step rolls back", p -> p.$transaction(
                        p.post.pending().deleteMany(d -> d.where(w -> w.author(a -> a.email("erin@example.com")))),
                        p.comment.pending().deleteMany(d -> d.where(w -> w.user(u -> u.email("erin@example.com")))),
                        p.user.pending().delete(d -> d.where(w -> w.email("nobody@example.com"))))),
                Step.of("erin still has her posts", p -> p.post.count(c -> c
                        .where(w -> w.author(a -> a.email("erin@example.com"))))),
                Step.of("5.2 batch $transaction [deleteMany posts, deleteMany comments, delete user]", p -> p.$transaction(
                        p.post.pending().deleteMany(d -> d.where(w -> w.author(a -> a.email("erin@example.com")))),
                        p.comment.pending().deleteMany(d -> d.where(w -> w.user(u -> u.email("erin@example.com")))),
                        p.user.pending().delete(d -> d.where(w -> w.email("erin@example.com")).select(s -> s.email())))),
                Step.of("erin is gone", p -> p.user.findUnique(q -> q.where(w -> w.email("erin@example.com")))),
                Step.of("delete user cascades posts/comments/likes", p -> p.user.delete(d -> d
                        .where(w -> w.email("alice@example.com")).select(s -> s.email()))),
                Step.of("remaining posts", p -> p.post.findMany(q -> q
                        .orderBy(o -> o.id(ASC)).select(s -> s.slug().author(a -> a.select(u -> u.email()))))),
                Step.of("remaining post_tags", p -> p.postTag.findMany(q -> q
                        .orderBy(o -> o.postId(ASC), o -> o.tagId(ASC)).select(s -> s.postId().tagId()))),
                Step.of("raw count after cascades", p -> p.$queryRawUnsafe("SELECT COUNT(*) AS n FROM comments")));
    }
}
