package io.prisma4j.generator.tutorial;

import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.TestDatabase;
import io.prisma4j.testkit.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module 2.4 (multi-database project): two clients generated from two schemas, in two packages, used
 * side by side in one application: a MySQL client ({@code schema-mysql.prisma}) and a PostgreSQL one.
 */
class Phase2MultiDatabaseTest {

    @Test
    void twoGeneratedClientsSideBySide() {
        try (TestDatabase mysql = TestDatabases.create(DatabaseKind.MYSQL);
             TestDatabase postgres = TestDatabases.create(DatabaseKind.POSTGRESQL)) {
            Tutorial.push(Conformance.category("schemas").resolve("multi-db-mysql.mysql.prisma"), mysql);
            try (var mysqlClient = new generated.multidbmysql.PrismaClient(o -> o.datasourceUrl(mysql.url()));
                 var pgClient = Tutorial.client("first-model", postgres, generated.firstmodel.PrismaClient::new)) {
                // Use MySQL
                var mysqlUser = mysqlClient.user.create(c -> c.data(d -> d.email("mysql@example.com").name("MySQL User")));
                // Use PostgreSQL
                var pgUser = pgClient.user.create(c -> c.data(d -> d.email("pg@example.com").name("PG User")));

                assertThat(mysqlUser.name()).isEqualTo("MySQL User");
                assertThat(pgUser.name()).isEqualTo("PG User");
                assertThat(mysqlUser.getClass().getPackageName()).isNotEqualTo(pgUser.getClass().getPackageName());
                assertThat(mysqlClient.user.count()).isEqualTo(1);
                assertThat(pgClient.user.count()).isEqualTo(1);
            }
        }
    }
}
