package io.prisma4j.migrate.connect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        assertThat(SqlStatements.split("-- CreateTable\nCREATE TABLE \"a;b\" (x TEXT DEFAULT ';');\n/* ; */SELECT 1;"))
                .containsExactly("-- CreateTable\nCREATE TABLE \"a;b\" (x TEXT DEFAULT ';')", "/* ; */SELECT 1");
    }

    @Test
    void keepsDollarQuotedBodiesWhole() {
        assertThat(SqlStatements.split("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2"))
                .hasSize(2);
    }

    @Test
    void keepsTriggerBodiesWhole() {
        assertThat(SqlStatements.split("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = 1; END; SELECT 1;"))
                .containsExactly("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = 1; END", "SELECT 1");
    }

    @Test
    void aCommentOnlyScriptHasNoStatements() {
        assertThat(SqlStatements.split("-- This is an empty migration.")).isEmpty();
    }
}
