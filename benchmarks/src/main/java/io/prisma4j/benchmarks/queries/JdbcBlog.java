package io.prisma4j.benchmarks.queries;

import io.prisma4j.testkit.DatabaseKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workload written by hand with JDBC, as a careful developer would: prepared statements from a pool,
 * rows read with typed getters into maps of the same shape prisma4j returns, relations stitched in
 * memory from one query per relation. Writes return their row with RETURNING where the database has it
 * (MariaDB 10.5+: INSERT, upsert and DELETE, not UPDATE) and read it back otherwise.
 */
final class JdbcBlog {
    private final DataSource pool;
    private final Sql sql;
    private final String userColumns;
    private final String postColumns;
    private final String commentColumns;

    JdbcBlog(DataSource pool, Sql sql) {
        this.pool = pool;
        this.sql = sql;
        this.userColumns = "id, email, name, password, bio, avatar, role, " + sql.q("isActive") + ", "
                + sql.q("createdAt") + ", " + sql.q("updatedAt");
        this.postColumns = "id, title, slug, content, excerpt, " + sql.q("coverImage") + ", published, "
                + sql.q("publishedAt") + ", views, " + sql.q("authorId") + ", " + sql.q("categoryId") + ", "
                + sql.q("createdAt") + ", " + sql.q("updatedAt");
        this.commentColumns = "id, content, " + sql.q("postId") + ", " + sql.q("userId") + ", " + sql.q("parentId")
                + ", " + sql.q("createdAt") + ", " + sql.q("updatedAt");
    }

    // 1
    List<Map<String, Object>> findAllUsers() throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + userColumns + " FROM users")) {
            return users(s);
        }
    }

    // 2
    List<Map<String, Object>> filterOrderTake() throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + userColumns + " FROM users WHERE " + sql.q("isActive")
                     + " = ? AND email LIKE ? ORDER BY " + sql.q("createdAt") + " DESC LIMIT ?")) {
            s.setBoolean(1, true);
            s.setString(2, "%example%");
            s.setInt(3, 20);
            return users(s);
        }
    }

    // 3
    Map<String, Object> findUserById(int id) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + userColumns + " FROM users WHERE id = ?")) {
            s.setInt(1, id);
            return first(users(s));
        }
    }

    // 4
    Map<String, Object> findUserByEmail(String email) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + userColumns + " FROM users WHERE email = ?")) {
            s.setString(1, email);
            return first(users(s));
        }
    }

    // 5
    List<Map<String, Object>> usersWithPosts() throws SQLException {
        try (Connection c = pool.getConnection()) {
            List<Map<String, Object>> users;
            try (PreparedStatement s = c.prepareStatement("SELECT " + userColumns + " FROM users LIMIT ?")) {
                s.setInt(1, 100);
                users = users(s);
            }
            Map<Object, List<Map<String, Object>>> byAuthor = new HashMap<>();
            for (Map<String, Object> user : users) {
                List<Map<String, Object>> posts = new ArrayList<>();
                user.put("posts", posts);
                byAuthor.put(user.get("id"), posts);
            }
            try (PreparedStatement s = in(c, "SELECT " + postColumns + " FROM posts WHERE " + sql.q("authorId"),
                    byAuthor.keySet())) {
                for (Map<String, Object> post : posts(s)) {
                    byAuthor.get(post.get("authorId")).add(post);
                }
            }
            return users;
        }
    }

    // 6
    List<Map<String, Object>> postsWithAuthorAndComments() throws SQLException {
        try (Connection c = pool.getConnection()) {
            List<Map<String, Object>> posts;
            try (PreparedStatement s = c.prepareStatement("SELECT " + postColumns + " FROM posts LIMIT ?")) {
                s.setInt(1, 100);
                posts = posts(s);
            }
            Set<Object> authorIds = new LinkedHashSet<>();
            Map<Object, List<Map<String, Object>>> byPost = new HashMap<>();
            for (Map<String, Object> post : posts) {
                authorIds.add(post.get("authorId"));
                List<Map<String, Object>> comments = new ArrayList<>();
                byPost.put(post.get("id"), comments);
            }
            Map<Object, Map<String, Object>> authors = new HashMap<>();
            try (PreparedStatement s = in(c, "SELECT " + userColumns + " FROM users WHERE id", authorIds)) {
                for (Map<String, Object> user : users(s)) {
                    authors.put(user.get("id"), user);
                }
            }
            try (PreparedStatement s = in(c, "SELECT " + commentColumns + " FROM comments WHERE " + sql.q("postId"),
                    byPost.keySet())) {
                for (Map<String, Object> comment : comments(s)) {
                    byPost.get(comment.get("postId")).add(comment);
                }
            }
            for (Map<String, Object> post : posts) {
                post.put("author", authors.get(post.get("authorId")));
                post.put("comments", byPost.get(post.get("id")));
            }
            return posts;
        }
    }

    // 7
    int countPublishedPopular() throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM posts WHERE published = ? AND views > ?")) {
            s.setBoolean(1, true);
            s.setInt(2, 500);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    // 8
    Map<String, Object> aggregateViews() throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT AVG(views), MAX(views) FROM posts");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("_avg", Map.of("views", rs.getDouble(1)));
            result.put("_max", Map.of("views", rs.getInt(2)));
            return result;
        }
    }

    // 9
    List<Map<String, Object>> groupByCategory() throws SQLException {
        String category = sql.q("categoryId");
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + category + ", COUNT(*), AVG(views) FROM posts GROUP BY "
                     + category + " ORDER BY " + category + " ASC");
             ResultSet rs = s.executeQuery()) {
            List<Map<String, Object>> groups = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> group = new LinkedHashMap<>();
                int id = rs.getInt(1);
                group.put("categoryId", rs.wasNull() ? null : id);
                group.put("_count", Map.of("_all", rs.getInt(2)));
                group.put("_avg", Map.of("views", rs.getDouble(3)));
                groups.add(group);
            }
            return groups;
        }
    }

    // 10
    Map<String, Object> createUser(String email) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return insertUser(c, email, "New user", "hashed", "A new bio");
        }
    }

    // 11
    Map<String, Object> createUserWithPosts(String email, String slugPrefix) throws SQLException {
        try (Connection c = pool.getConnection()) {
            sql.begin(c);
            try {
                Map<String, Object> user = insertUser(c, email, "Author", "hashed", null);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO posts (title, slug, content, "
                        + sql.q("authorId") + ", " + sql.q("updatedAt") + ") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)")) {
                    Instant now = Instant.now();
                    for (int j = 0; j < 3; j++) {
                        s.setString(j * 5 + 1, "Post " + j);
                        s.setString(j * 5 + 2, slugPrefix + "-" + j);
                        s.setString(j * 5 + 3, BlogData.CONTENT);
                        s.setInt(j * 5 + 4, (Integer) user.get("id"));
                        sql.setInstant(s, j * 5 + 5, now);
                    }
                    s.executeUpdate();
                }
                c.commit();
                return user;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                sql.end(c);
            }
        }
    }

    // 12
    Map<String, Object> renameUser(int id, String name) throws SQLException {
        try (Connection c = pool.getConnection()) {
            String update = "UPDATE users SET name = ?, " + sql.q("updatedAt") + " = ? WHERE id = ?";
            try (PreparedStatement s = c.prepareStatement(sql.returning() ? update + " RETURNING " + userColumns : update)) {
                s.setString(1, name);
                sql.setInstant(s, 2, Instant.now());
                s.setInt(3, id);
                if (sql.returning()) {
                    return first(users(s));
                }
                s.executeUpdate();
            }
            return userById(c, id);
        }
    }

    // 13
    Map<String, Object> upsertUser(String email, String name) throws SQLException {
        try (Connection c = pool.getConnection()) {
            String columns = "INSERT INTO users (email, name, password, " + sql.q("createdAt") + ", " + sql.q("updatedAt")
                    + ") VALUES (?, ?, ?, ?, ?) ";
            String conflict = sql.kind != DatabaseKind.MYSQL
                    ? "ON CONFLICT (email) DO UPDATE SET name = excluded.name, " + sql.q("updatedAt") + " = excluded."
                    + sql.q("updatedAt")
                    : "ON DUPLICATE KEY UPDATE name = VALUES(name), " + sql.q("updatedAt") + " = VALUES(" + sql.q("updatedAt") + ")";
            if (sql.insertDeleteReturning()) {
                conflict += " RETURNING " + userColumns;
            }
            try (PreparedStatement s = c.prepareStatement(columns + conflict)) {
                Instant now = Instant.now();
                s.setString(1, email);
                s.setString(2, name);
                s.setString(3, "hashed");
                sql.setInstant(s, 4, now);
                sql.setInstant(s, 5, now);
                if (sql.insertDeleteReturning()) {
                    return first(users(s));
                }
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + userColumns + " FROM users WHERE email = ?")) {
                s.setString(1, email);
                return first(users(s));
            }
        }
    }

    // 14
    Map<String, Object> deleteUser(int id) throws SQLException {
        try (Connection c = pool.getConnection()) {
            if (sql.insertDeleteReturning()) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM users WHERE id = ? RETURNING " + userColumns)) {
                    s.setInt(1, id);
                    return first(users(s));
                }
            }
            Map<String, Object> user = userById(c, id);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM users WHERE id = ?")) {
                s.setInt(1, id);
                s.executeUpdate();
            }
            return user;
        }
    }

    // 15
    int createManyUsers(String emailPrefix, int count) throws SQLException {
        StringBuilder text = new StringBuilder("INSERT INTO users (email, name, password, bio, " + sql.q("createdAt")
                + ", " + sql.q("updatedAt") + ") VALUES ");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
        }
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(text.toString())) {
            Instant now = Instant.now();
            int p = 1;
            for (int i = 0; i < count; i++) {
                s.setString(p++, emailPrefix + i + "@example.com");
                s.setString(p++, "Bulk " + i);
                s.setString(p++, "hashed");
                s.setString(p++, "Bulk bio");
                sql.setInstant(s, p++, now);
                sql.setInstant(s, p++, now);
            }
            return s.executeUpdate();
        }
    }

    /** Untimed clean-up between iterations. */
    void deleteUsersWithEmailPrefix(String prefix) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM users WHERE email LIKE ?")) {
            s.setString(1, prefix + "%");
            s.executeUpdate();
        }
    }

    /** Untimed set-up: users to delete, their ids in creation order. */
    List<Integer> createVictims(String prefix, int count) throws SQLException {
        createManyUsers(prefix, count);
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM users WHERE email LIKE ? ORDER BY id")) {
            s.setString(1, prefix + "%");
            List<Integer> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
            return ids;
        }
    }

    private Map<String, Object> insertUser(Connection c, String email, String name, String password, String bio)
            throws SQLException {
        String insert = "INSERT INTO users (email, name, password, bio, " + sql.q("createdAt") + ", " + sql.q("updatedAt")
                + ") VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = sql.insertDeleteReturning()
                ? c.prepareStatement(insert + " RETURNING " + userColumns)
                : c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            Instant now = Instant.now();
            s.setString(1, email);
            s.setString(2, name);
            s.setString(3, password);
            s.setString(4, bio);
            sql.setInstant(s, 5, now);
            sql.setInstant(s, 6, now);
            if (sql.insertDeleteReturning()) {
                return first(users(s));
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return userById(c, keys.getInt(1));
            }
        }
    }

    private Map<String, Object> userById(Connection c, int id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + userColumns + " FROM users WHERE id = ?")) {
            s.setInt(1, id);
            return first(users(s));
        }
    }

    /** {@code prefix IN (?, ?, ...)}: the portable list filter (PostgreSQL would take {@code = ANY(?)} too). */
    private static PreparedStatement in(Connection c, String prefix, Collection<Object> values) throws SQLException {
        StringBuilder text = new StringBuilder(prefix).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "?" : ", ?");
        }
        PreparedStatement s = c.prepareStatement(text.append(')').toString());
        int index = 1;
        for (Object value : values) {
            s.setObject(index++, value);
        }
        return s;
    }

    private static Map<String, Object> first(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<Map<String, Object>> users(PreparedStatement s) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", rs.getInt(1));
                row.put("email", rs.getString(2));
                row.put("name", rs.getString(3));
                row.put("password", rs.getString(4));
                row.put("bio", rs.getString(5));
                row.put("avatar", rs.getString(6));
                row.put("role", rs.getString(7));
                row.put("isActive", rs.getBoolean(8));
                row.put("createdAt", sql.getInstant(rs, 9));
                row.put("updatedAt", sql.getInstant(rs, 10));
                rows.add(row);
            }
        }
        return rows;
    }

    private List<Map<String, Object>> posts(PreparedStatement s) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", rs.getInt(1));
                row.put("title", rs.getString(2));
                row.put("slug", rs.getString(3));
                row.put("content", rs.getString(4));
                row.put("excerpt", rs.getString(5));
                row.put("coverImage", rs.getString(6));
                row.put("published", rs.getBoolean(7));
                row.put("publishedAt", sql.getInstant(rs, 8));
                row.put("views", rs.getInt(9));
                row.put("authorId", rs.getInt(10));
                int category = rs.getInt(11);
                row.put("categoryId", rs.wasNull() ? null : category);
                row.put("createdAt", sql.getInstant(rs, 12));
                row.put("updatedAt", sql.getInstant(rs, 13));
                rows.add(row);
            }
        }
        return rows;
    }

    private List<Map<String, Object>> comments(PreparedStatement s) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", rs.getInt(1));
                row.put("content", rs.getString(2));
                row.put("postId", rs.getInt(3));
                row.put("userId", rs.getInt(4));
                int parent = rs.getInt(5);
                row.put("parentId", rs.wasNull() ? null : parent);
                row.put("createdAt", sql.getInstant(rs, 6));
                row.put("updatedAt", sql.getInstant(rs, 7));
                rows.add(row);
            }
        }
        return rows;
    }
}
