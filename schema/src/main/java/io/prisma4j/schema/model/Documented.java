package io.prisma4j.schema.model;

import java.util.Optional;

/** Something that can carry {@code ///} documentation from the schema. */
public interface Documented {
    /** The documentation text, lines joined by {@code \n}. */
    Optional<String> documentation();
}
