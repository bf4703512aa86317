package io.prisma4j.schema.connector;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Datasource URLs split into their parts, decoded as Prisma decodes them. */
class DatasourceUrlTest {

    @Test
    void serverUrlsSplitIntoCredentialsHostPortDatabaseAndParameters() {
        DatasourceUrl url = DatasourceUrl.parse("postgresql://ada:p%40ss%3Aword@db.example.com:6543/shop?schema=sales"
                + "&connection_limit=3&sslmode").orElseThrow();
        assertThat(url.scheme()).isEqualTo("postgresql");
        assertThat(url.user()).isEqualTo("ada");
        assertThat(url.password()).isEqualTo("p@ss:word");
        assertThat(url.host()).isEqualTo("db.example.com");
        assertThat(url.port(IllegalStateException::new)).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.parameters()).containsExactly(Map.entry("schema", "sales"), Map.entry("connection_limit", "3"),
                Map.entry("sslmode", ""));
        assertThat(url.isFile()).isFalse();
    }

    @Test
    void missingPartsAreNullAndLeftToTheCaller() {
        DatasourceUrl url = DatasourceUrl.parse("mysql://localhost").orElseThrow();
        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.port(IllegalStateException::new)).isNull();
        assertThat(url.database()).isNull();
        assertThat(url.parameters()).isEmpty();
    }

    @Test
    void aPlusIsKeptInCredentialsAndIsASpaceInParameters() {
        DatasourceUrl url = DatasourceUrl.parse("mysql://me:a+b@h/d?options=x+y").orElseThrow();
        assertThat(url.password()).isEqualTo("a+b");
        assertThat(url.parameters()).containsEntry("options", "x y");
    }

    @Test
    void anIpv6HostKeepsItsBracketsAndColons() {
        assertThat(DatasourceUrl.parse("postgresql://[::1]/db").orElseThrow().host()).isEqualTo("[::1]");
        DatasourceUrl withPort = DatasourceUrl.parse("postgresql://[::1]:5433/db").orElseThrow();
        assertThat(withPort.host()).isEqualTo("[::1]");
        assertThat(withPort.port(IllegalStateException::new)).isEqualTo(5433);
    }

    @Test
    void fileUrlsKeepThePathAsWritten() {
        DatasourceUrl url = DatasourceUrl.parse("file://./dev.db?connection_limit=1").orElseThrow();
        assertThat(url.isFile()).isTrue();
        assertThat(url.file()).isEqualTo("./dev.db");
        assertThat(url.parameters()).containsEntry("connection_limit", "1");
    }

    @Test
    void aUrlWithoutSchemeIsNotSplitAndAPortThatIsNoNumberIsTheCallersError() {
        assertThat(DatasourceUrl.parse("localhost:5432/db")).isEmpty();
        DatasourceUrl url = DatasourceUrl.parse("postgresql://localhost:port/db").orElseThrow();
        assertThatThrownBy(() -> url.port(text -> new IllegalArgumentException("not a port: " + text)))
                .hasMessage("not a port: port");
    }
}
