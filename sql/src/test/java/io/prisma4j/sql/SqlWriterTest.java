package io.prisma4j.sql;

import io.prisma4j.sql.ast.Delete;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Insert;
import io.prisma4j.sql.ast.OrderItem;
import io.prisma4j.sql.ast.Select;
import io.prisma4j.sql.ast.Update;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.prisma4j.sql.Sql.column;
import static io.prisma4j.sql.Sql.eq;
import static io.prisma4j.sql.Sql.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlWriterTest {
    private static final SqlWriter PG = Sql.writer(Dialect.POSTGRES);
    private static final SqlWriter MY = Sql.writer(Dialect.MYSQL);
    private static final SqlWriter LITE = Sql.writer(Dialect.SQLITE);

    private static Select usersByEmail() {
        return Select.from(Sql.table("users", "t0"))
                .item(column("t0", "id"))
                .item(column("t0", "email"), "mail")
                .where(eq(column("t0", "email"), param("a@b.c")))
                .orderBy(OrderItem.desc(column("t0", "id")))
                .limit(param(10L));
    }

    @Test
    void selectRendersPlaceholdersAndQuotingPerDialect() {
        assertThat(PG.render(usersByEmail())).isEqualTo(SqlStatement.of(
                "SELECT \"t0\".\"id\", \"t0\".\"email\" AS \"mail\" FROM \"users\" AS \"t0\" WHERE \"t0\".\"email\" = ?"
                        + " ORDER BY \"t0\".\"id\" DESC LIMIT ?", "a@b.c", 10L));
        assertThat(MY.render(usersByEmail())).isEqualTo(SqlStatement.of(
                "SELECT `t0`.`id`, `t0`.`email` AS `mail` FROM `users` AS `t0` WHERE `t0`.`email` = ?"
                        + " ORDER BY `t0`.`id` DESC LIMIT ?", "a@b.c", 10L));
        assertThat(LITE.render(usersByEmail()).sql()).startsWith("SELECT \"t0\".\"id\"");
    }

    @Test
    void offsetWithoutLimitNeedsALimitOnMysqlAndSqlite() {
        Select select = Select.from(Sql.table("t", null)).offset(param(5L));
        assertThat(PG.render(select).sql()).isEqualTo("SELECT 1 FROM \"t\" OFFSET ?");
        assertThat(MY.render(select).sql()).isEqualTo("SELECT 1 FROM `t` LIMIT 18446744073709551615 OFFSET ?");
        assertThat(LITE.render(select).sql()).isEqualTo("SELECT 1 FROM \"t\" LIMIT -1 OFFSET ?");
    }

    @Test
    void identifiersWithQuotesAreEscaped() {
        Select select = Select.from(Sql.table("we\"ird", null)).item(column(null, "a`b"));
        assertThat(PG.render(select).sql()).isEqualTo("SELECT \"a`b\" FROM \"we\"\"ird\"");
        assertThat(MY.render(select).sql()).isEqualTo("SELECT `a``b` FROM `we\"ird`");
    }

    @Test
    void emptyInAndLogicalOperatorsStayValid() {
        Expr in = new Expr.In(column(null, "id"), List.of(), false);
        Expr notIn = new Expr.In(column(null, "id"), List.of(), true);
        assertThat(PG.render(in).sql()).isEqualTo("1=0");
        assertThat(PG.render(notIn).sql()).isEqualTo("1=1");
        assertThat(PG.render(Sql.TRUE).sql()).isEqualTo("1=1");
        Expr nested = Sql.and(eq(column(null, "a"), param(1)),
                Sql.or(List.of(eq(column(null, "b"), param(2)), eq(column(null, "c"), param(3)))));
        assertThat(PG.render(nested)).isEqualTo(SqlStatement.of("(\"a\" = ? AND (\"b\" = ? OR \"c\" = ?))", 1, 2, 3));
    }

    @Test
    void likeEscapesWithBackslashEverywhere() {
        Expr like = new Expr.Like(column(null, "name"), param("%a\\%%"), false, false);
        Expr ilike = new Expr.Like(column(null, "name"), param("%a%"), true, false);
        assertThat(PG.render(like).sql()).isEqualTo("\"name\" LIKE ?");
        assertThat(PG.render(ilike).sql()).isEqualTo("\"name\" ILIKE ?");
        assertThat(LITE.render(like).sql()).isEqualTo("\"name\" LIKE ? ESCAPE '\\'");
        assertThat(MY.render(like).sql()).isEqualTo("`name` LIKE ?");
    }

    @Test
    void insertWithConflictHandlingPerDialect() {
        Insert insert = new Insert(Sql.table("tags", null), List.of("name", "slug"))
                .row(List.of(param("a"), param("b")))
                .row(List.of(param("c"), param("d")))
                .onConflict(new Insert.DoNothing());
        assertThat(PG.render(insert)).isEqualTo(SqlStatement.of(
                "INSERT INTO \"tags\" (\"name\", \"slug\") VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING",
                "a", "b", "c", "d"));
        assertThat(MY.render(insert).sql()).isEqualTo("INSERT IGNORE INTO `tags` (`name`, `slug`) VALUES (?, ?), (?, ?)");
    }

    @Test
    void insertOfDefaultsAndReturning() {
        Insert insert = new Insert(Sql.table("orders", null), List.of()).returning(column(null, "id"), null);
        assertThat(PG.render(insert).sql()).isEqualTo("INSERT INTO \"orders\" DEFAULT VALUES RETURNING \"id\"");
        Insert mysql = new Insert(Sql.table("orders", null), List.of());
        assertThat(MY.render(mysql).sql()).isEqualTo("INSERT INTO `orders` () VALUES ()");
    }

    @Test
    void upsertRendersOnConflictDoUpdate() {
        Insert insert = new Insert(Sql.table("users", null), List.of("email", "name"))
                .row(List.of(param("e"), param("n")))
                .onConflict(new Insert.DoUpdate(List.of("email"),
                        List.of(new io.prisma4j.sql.ast.Assignment("name", param("m")))))
                .returning(column(null, "id"), null);
        assertThat(PG.render(insert).sql()).isEqualTo("INSERT INTO \"users\" (\"email\", \"name\") VALUES (?, ?)"
                + " ON CONFLICT (\"email\") DO UPDATE SET \"name\" = ? RETURNING \"id\"");
    }

    @Test
    void updateAndDelete() {
        Update update = new Update(Sql.table("posts", null))
                .set("views", Sql.op(column("posts", "views"), "+", param(1)))
                .where(eq(column("posts", "id"), param(3)));
        assertThat(PG.render(update)).isEqualTo(SqlStatement.of(
                "UPDATE \"posts\" SET \"views\" = (\"posts\".\"views\" + ?) WHERE \"posts\".\"id\" = ?", 1, 3));
        Delete delete = new Delete(Sql.table("posts", null)).where(eq(column("posts", "id"), param(3)));
        assertThat(MY.render(delete).sql()).isEqualTo("DELETE FROM `posts` WHERE `posts`.`id` = ?");
    }

    @Test
    void mariaDbReturnsFromInsertAndDeleteButNotFromUpdate() {
        SqlWriter maria = Sql.mariaDbWriter();
        Insert upsert = new Insert(Sql.table("users", null), List.of("email", "name"))
                .row(List.of(param("e"), param("n")))
                .onConflict(new Insert.DoUpdate(List.of("email"),
                        List.of(new io.prisma4j.sql.ast.Assignment("name", param("m")))))
                .returning(column(null, "id"), null);
        assertThat(maria.render(upsert)).isEqualTo(SqlStatement.of("INSERT INTO `users` (`email`, `name`) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE `name` = ? RETURNING `id`", "e", "n", "m"));
        Delete delete = new Delete(Sql.table("posts", null)).where(eq(column("posts", "id"), param(3)))
                .returning(column(null, "title"), null);
        assertThat(maria.render(delete).sql())
                .isEqualTo("DELETE FROM `posts` WHERE `posts`.`id` = ? RETURNING `title`");
        Update update = new Update(Sql.table("posts", null)).set("views", param(1)).returning(column(null, "id"), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> maria.render(update))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MY.render(delete))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsPlacementIsEmulatedOnMysql() {
        Select select = Select.from(Sql.table("u", null))
                .orderBy(new OrderItem(column(null, "name"), false, OrderItem.Nulls.LAST));
        assertThat(PG.render(select).sql()).endsWith("ORDER BY \"name\" ASC NULLS LAST");
        assertThat(MY.render(select).sql()).endsWith("ORDER BY `name` IS NULL ASC, `name` ASC");
    }

    @Test
    void largePostgresArraysAreBuiltInPartsOfAHundredItems() {
        List<Expr> items = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            items.add(column("t", "f" + i));
        }
        String sql = PG.render(new Expr.JsonArray(items)).sql();
        assertThat(sql).startsWith("(jsonb_build_array(\"t\".\"f0\", ").endsWith("\"t\".\"f119\"))::json")
                .contains("\"t\".\"f99\") || jsonb_build_array(\"t\".\"f100\", ");
        assertThat(PG.render(new Expr.JsonArray(items.subList(0, 100))).sql()).startsWith("json_build_array(")
                .doesNotContain("jsonb");
    }

    @Test
    void jsonConstructorsPerDialect() {
        Expr array = new Expr.JsonArray(List.of(column("t", "id"), column("t", "name")));
        assertThat(PG.render(new Expr.JsonArrayAgg(array)).sql())
                .isEqualTo("COALESCE(json_agg(json_build_array(\"t\".\"id\", \"t\".\"name\")), '[]'::json)");
        assertThat(MY.render(new Expr.JsonArrayAgg(array)).sql())
                .isEqualTo("COALESCE(JSON_ARRAYAGG(JSON_ARRAY(`t`.`id`, `t`.`name`)), JSON_ARRAY())");
        assertThat(LITE.render(new Expr.JsonArrayAgg(array)).sql())
                .isEqualTo("json_group_array(json_array(\"t\".\"id\", \"t\".\"name\"))");
        assertThat(PG.render(new Expr.JsonArray(List.of())).sql()).isEqualTo("json_build_array()");
    }

    @Test
    void stringAggregatesPerDialectAndLimitOnlyOnMysql() {
        List<OrderItem> order = List.of(new OrderItem(column("t", "id"), true, OrderItem.Nulls.DEFAULT));
        Expr.StringAgg limited = new Expr.StringAgg(column("t", "name"), ",", order, Sql.param(5), Sql.param(2));
        SqlStatement mysql = MY.render(limited);
        assertThat(mysql.sql()).isEqualTo("GROUP_CONCAT(`t`.`name` ORDER BY `t`.`id` DESC SEPARATOR ',' LIMIT ?, ?)");
        assertThat(mysql.parameters()).containsExactly(2, 5);
        Expr.StringAgg plain = new Expr.StringAgg(column("t", "name"), ",", order, null, null);
        assertThat(PG.render(plain).sql()).isEqualTo("string_agg(\"t\".\"name\", ',' ORDER BY \"t\".\"id\" DESC)");
        assertThat(LITE.render(plain).sql()).isEqualTo("string_agg(\"t\".\"name\", ',' ORDER BY \"t\".\"id\" DESC)");
        assertThatThrownBy(() -> PG.render(limited)).isInstanceOf(UnsupportedOperationException.class);
    }
}
