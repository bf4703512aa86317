package io.prisma4j.migrate.connect;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.schema.connector.Provider;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void postgresUrlsKeepTheSchemaAndLeavePrismaParametersOutOfJdbc() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://me:p%40ss@db.example:6543/shop?schema=sales&connection_limit=5"
                + "&sslmode=require", null);
        assertThat(url.provider()).isEqualTo(Provider.POSTGRESQL);
        assertThat(url.location()).isEqualTo("db.example:6543");
        assertThat(url.namespace()).isEqualTo("sales");
        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop?user=me&password=p%40ss"
                + "&currentSchema=sales&sslmode=require");
    }

    @Test
    void mysqlUrlsDefaultToPort3306() {
        DatabaseUrl url = DatabaseUrl.parse("mysql://root@localhost/app", null);
        assertThat(url.port()).isEqualTo(3306);
        assertThat(url.namespace()).isNull();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://localhost:3306/app?user=root");
    }

    @Test
    void sqlitePathsAreRelativeToTheSchemaFolder() {
        DatabaseUrl url = DatabaseUrl.parse("file:./dev.db", Path.of("/project/prisma"));
        assertThat(url.sqliteFile()).isEqualTo(Path.of("/project/prisma/dev.db"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/project/prisma/dev.db");
    }

    @Test
    void anUnknownSchemeSaysWhatIsExpected() {
        assertThatThrownBy(() -> DatabaseUrl.parse("oracle://x:1/y", null)).isInstanceOf(MigrateException.class)
                .hasMessageContaining("postgresql://, mysql:// or file:");
    }

    @Test
    void passwordsAreHiddenInMessages() {
        assertThat(DatabaseUrl.redact("postgresql://me:secret@h:1/d")).isEqualTo("postgresql://me:****@h:1/d");
    }
}
