package io.prisma4j.client.jdbc;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Datasource URLs as Prisma takes them, with the pool parameters of its documentation. */
class ConnectionUrlTest {

    @Test
    void serverUrlsWithEncodedCredentialsAndPoolParameters() {
        ConnectionUrl url = ConnectionUrl.parse(
                "postgresql://ada:p%40ss%3Aword@db.example.com:6543/shop?schema=sales&connection_limit=3&pool_timeout=0", null);
        assertThat(url.isPostgres()).isTrue();
        assertThat(url.user()).isEqualTo("ada");
        assertThat(url.password()).isEqualTo("p@ss:word");
        assertThat(url.host()).isEqualTo("db.example.com");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.param("schema")).isEqualTo("sales");
        assertThat(url.intParam("connection_limit", 10)).isEqualTo(3);
        assertThat(url.intParam("pool_timeout", 10)).isZero();
        assertThat(url.intParam("connect_timeout", 5)).isEqualTo(5);
        assertThat(url.redacted()).doesNotContain("p@ss").contains("ada:****@db.example.com");
    }

    @Test
    void mysqlWithoutPortOrPassword() {
        ConnectionUrl url = ConnectionUrl.parse("mysql://root@localhost/blog", null);
        assertThat(url.isMysql()).isTrue();
        assertThat(url.port()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.database()).isEqualTo("blog");
    }

    @Test
    void sqlitePathsAreRelativeToTheSchemaFolder() {
        ConnectionUrl url = ConnectionUrl.parse("file:./dev.db?connection_limit=1", Path.of("/app/prisma"));
        assertThat(url.isSqlite()).isTrue();
        assertThat(Path.of(url.database())).isEqualTo(Path.of("/app/prisma/dev.db"));
        assertThat(url.intParam("connection_limit", 5)).isEqualTo(1);
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> ConnectionUrl.parse("", null)).hasMessageContaining("The datasource URL is empty");
        assertThatThrownBy(() -> ConnectionUrl.parse("localhost:5432/db", null))
                .hasMessageContaining("must start with postgresql://, mysql:// or file:");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://localhost:port/db", null))
                .hasMessageContaining("The port in the datasource URL is not a number: port");
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://localhost/db?connection_limit=many", null).intParam("connection_limit", 1))
                .hasMessageContaining("connection_limit must be a whole number, got \"many\"");
    }
}
