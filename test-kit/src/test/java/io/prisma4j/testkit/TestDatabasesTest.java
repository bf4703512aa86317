package io.prisma4j.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTest {

    @EachDatabase
    void freshDatabaseAcceptsTablesAndRows(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20));\nINSERT INTO t VALUES (1, 'a;b');");
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("a;b");
        }
    }

    @org.junit.jupiter.api.Test
    void prismaUrlsBecomeJdbcUrls() {
        assertThat(TestDatabases.jdbcUrl("postgresql://postgres@127.0.0.1:5432/db"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/db?user=postgres");
        assertThat(TestDatabases.jdbcUrl("mysql://root:pw@127.0.0.1:3306/db?x=1"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/db?x=1&user=root&password=pw");
        assertThat(TestDatabases.jdbcUrl("file:/tmp/a.db")).isEqualTo("jdbc:sqlite:/tmp/a.db");
    }
}
