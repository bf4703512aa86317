package io.prisma4j.migrate.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationNamesTest {

    @Test
    void namesBecomeLowercaseWordsJoinedByUnderscores() {
        assertThat(MigrationNames.slug("Add user fields!")).isEqualTo("add_user_fields");
        assertThat(MigrationNames.slug("  Café  ")).isEqualTo("cafe");
        assertThat(MigrationNames.slug("")).isEmpty();
    }
}
