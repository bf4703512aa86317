package io.prisma4j.generator.tutorial;

import io.prisma4j.testkit.TestDatabase;

import java.nio.file.Path;

/** The tutorial tests' database setup, for the typed client's other tests. */
public final class TutorialAccess {
    private TutorialAccess() {
    }

    /** Creates the tables of {@code schema} in {@code db}. */
    public static void push(Path schema, TestDatabase db) {
        Tutorial.push(schema, db);
    }
}
