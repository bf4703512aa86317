package io.prisma4j.benchmarks.queries;

import io.prisma4j.testkit.DatabaseKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload's data: 5 categories, N users ({@code user{i}@example.com}, every third without bio, roles
 * mixed, every tenth inactive, created 2024-01-01 + i minutes), 5 posts per user, 2 comments per post,
 * then the planner's statistics. Written with plain JDBC batches, untimed. Ids are read back rather than
 * assumed: MariaDB's batched inserts may leave gaps in AUTO_INCREMENT values.
 */
final class BlogData {
    static final String CONTENT = ("A post about databases, query engines and the JVM. ").repeat(6).substring(0, 280);
    private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);
    private static final String[] ROLES = {"USER", "ADMIN", "MODERATOR"};

    private BlogData() {
    }

    /** Seeds the database; returns the users' ids, user {@code u} (1-based, {@code user{u}@example.com}) at {@code u - 1}. */
    static int[] seed(Connection connection, DatabaseKind kind, int users) throws SQLException {
        Sql sql = new Sql(kind);
        connection.setAutoCommit(false);
        try (PreparedStatement categories = connection.prepareStatement("INSERT INTO categories (name, slug, "
                + sql.q("updatedAt") + ") VALUES (?, ?, ?)")) {
            for (int c = 1; c <= 5; c++) {
                categories.setString(1, "Category " + c);
                categories.setString(2, "category-" + c);
                sql.setInstant(categories, 3, Instant.now());
                categories.addBatch();
            }
            categories.executeBatch();
        }
        int[] categoryIds = ids(connection, "categories");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (email, name, password, bio, role, "
                + sql.q("isActive") + ", " + sql.q("createdAt") + ", " + sql.q("updatedAt") + ") VALUES (?, ?, ?, ?, "
                + sql.enumValue("Role") + ", ?, ?, ?)")) {
            for (int u = 1; u <= users; u++) {
                Instant created = START.plusMinutes(u).toInstant(ZoneOffset.UTC);
                insert.setString(1, "user" + u + "@example.com");
                insert.setString(2, "User " + u);
                insert.setString(3, "hashed-password-" + u);
                insert.setString(4, u % 3 == 0 ? null : "Bio of user " + u);
                insert.setString(5, ROLES[u % ROLES.length]);
                insert.setBoolean(6, u % 10 != 0);
                sql.setInstant(insert, 7, created);
                sql.setInstant(insert, 8, created);
                insert.addBatch();
                if (u % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        int[] userIds = ids(connection, "users");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO posts (title, slug, content, published, "
                + sql.q("publishedAt") + ", views, " + sql.q("authorId") + ", " + sql.q("categoryId") + ", "
                + sql.q("updatedAt") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int count = 0;
            for (int u = 1; u <= users; u++) {
                for (int j = 1; j <= 5; j++) {
                    boolean published = j % 2 == 0;
                    insert.setString(1, "Post " + j + " of user " + u);
                    insert.setString(2, "post-" + u + "-" + j);
                    insert.setString(3, CONTENT);
                    insert.setBoolean(4, published);
                    sql.setInstant(insert, 5, published ? START.plusMinutes(u).toInstant(ZoneOffset.UTC) : null);
                    insert.setInt(6, (7 * u + 13 * j) % 1000);
                    insert.setInt(7, userIds[u - 1]);
                    insert.setInt(8, categoryIds[(u + j) % 5]);
                    sql.setInstant(insert, 9, Instant.now());
                    insert.addBatch();
                    if (++count % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        int[] postIds = ids(connection, "posts");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO comments (content, " + sql.q("postId")
                + ", " + sql.q("userId") + ", " + sql.q("updatedAt") + ") VALUES (?, ?, ?, ?)")) {
            int posts = users * 5;
            for (int p = 1; p <= posts; p++) {
                for (int k = 1; k <= 2; k++) {
                    insert.setString(1, "Comment " + k + " on post " + p);
                    insert.setInt(2, postIds[p - 1]);
                    insert.setInt(3, userIds[(p + k) % users]);
                    sql.setInstant(insert, 4, Instant.now());
                    insert.addBatch();
                }
                if (p % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(kind == DatabaseKind.MYSQL ? "ANALYZE TABLE users, posts, comments, categories" : "ANALYZE");
        }
        return userIds;
    }

    private static int[] ids(Connection connection, String table) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
