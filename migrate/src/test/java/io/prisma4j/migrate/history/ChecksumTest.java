package io.prisma4j.migrate.history;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumTest {

    @Test
    void checksumIsTheZeroPaddedSha256OfTheScript() {
        assertThat(Checksum.of("hello")).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    }

    @Test
    void aScriptMatchesItsChecksumWhateverItsLineEndings() {
        String unix = "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n";
        String windows = unix.replace("\n", "\r\n");
        assertThat(Checksum.matches(windows, Checksum.of(unix))).isTrue();
        assertThat(Checksum.matches(unix, Checksum.of(windows))).isTrue();
    }

    @Test
    void anEditedScriptNoLongerMatches() {
        assertThat(Checksum.matches("abc\n", Checksum.of("abc"))).isFalse();
    }

    @Test
    void checksumsWrittenWithoutZeroPaddingStillMatch() {
        // The digest of "hello" has bytes below 0x10 (…b0 a3 0e…), which old Prisma versions wrote as one digit.
        String unpadded = "2cf24dba5fb0a3e26e83b2ac5b9e29e1b161e5c1fa7425e7343362938b9824";
        assertThat(Checksum.matches("hello", unpadded)).isTrue();
        assertThat(Checksum.matches("hullo", unpadded)).isFalse();
    }

    @Test
    void theInteropMigrationMatchesTheChecksumPrismaRecorded() {
        java.nio.file.Path folder = io.prisma4j.testkit.Conformance.category("interop").resolve("blog-postgresql")
                .resolve("migrations");
        MigrationDirectory migration = new MigrationsFolder(folder).migrations().get(0);
        assertThat(Checksum.of(migration.script()))
                .isEqualTo("c465fecd229121ba2173e0af75ff666a688b946b8787642037aaa6522ed993c3");
    }
}
