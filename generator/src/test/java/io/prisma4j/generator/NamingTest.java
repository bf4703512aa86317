package io.prisma4j.generator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamingTest {
    @Test
    void keywordsAndMethodsEveryRecordHasGetAnUnderscore() {
        assertThat(Naming.member("class")).isEqualTo("class_");
        assertThat(Naming.member("toString")).isEqualTo("toString_");
        assertThat(Naming.member("email")).isEqualTo("email");
        assertThat(Naming.enumConstant("new")).isEqualTo("new_");
    }

    @Test
    void aClientPropertyStartsLowerCaseAsInPrismaClientJs() {
        assertThat(Naming.clientProperty("UserRole")).isEqualTo("userRole");
        assertThat(Naming.clientProperty("Class")).isEqualTo("class_");
    }

    @Test
    void requiredFieldSlotsAreNamedAfterTheirField() {
        assertThat(Naming.slotVariable("authorId")).isEqualTo("AUTHOR_ID");
        assertThat(Naming.slotMarker("authorId")).isEqualTo("HasAuthorId");
    }

    @Test
    void identifiersAndPackages() {
        assertThat(Naming.identifier("2fa")).isEqualTo("_2fa");
        assertThat(Naming.identifier("a-b")).isEqualTo("a_b");
        assertThat(Naming.packageSegment("client-mysql")).isEqualTo("client_mysql");
        assertThat(Naming.packageSegment(".prisma")).isEqualTo("prisma");
        assertThat(Naming.isPackageName("com.example.db")).isTrue();
        assertThat(Naming.isPackageName("com..db")).isFalse();
        assertThat(Naming.isPackageName("com.class")).isFalse();
        assertThat(Naming.typeName("PrismaClient")).isEqualTo("PrismaClientModel");
    }
}
