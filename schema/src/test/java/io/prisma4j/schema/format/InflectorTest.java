package io.prisma4j.schema.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InflectorTest {

    @ParameterizedTest
    @CsvSource({"User, user", "UserRole, userRole", "user_role, userRole", "HTTPLog, httplog",
            "Model2fa, model2Fa", "already, already"})
    void camelCaseLowersTheFirstWordAndCapitalisesTheNextOnes(String input, String expected) {
        assertThat(Inflector.camelCase(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"post, posts", "userRole, userRoles", "category, categories", "address, addresses",
            "box, boxes", "person, people", "child, children", "wife, wives", "status, statuses",
            "equipment, equipment", "man, men", "datum, data", "series, series", "day, days"})
    void pluralFollowsTheInflectorRules(String singular, String plural) {
        assertThat(Inflector.plural(singular)).isEqualTo(plural);
    }
}
