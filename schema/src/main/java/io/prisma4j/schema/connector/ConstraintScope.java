package io.prisma4j.schema.connector;

/**
 * A namespace in which a database requires constraint names to be unique: across the whole
 * database or per table, and for which kinds of constraints.
 */
public enum ConstraintScope {
    /** Indexes and unique constraints share one namespace for the whole database. */
    GLOBAL_KEY_INDEX,
    /** Foreign keys share one namespace for the whole database. */
    GLOBAL_FOREIGN_KEY,
    /** Primary keys, indexes and unique constraints share one namespace for the whole database. */
    GLOBAL_PRIMARY_KEY_KEY_INDEX,
    /** Primary keys, foreign keys and default constraints share one namespace for the whole database. */
    GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
    /** Indexes and unique constraints are unique per table. */
    MODEL_KEY_INDEX,
    /** Primary keys, indexes and unique constraints are unique per table. */
    MODEL_PRIMARY_KEY_KEY_INDEX,
    /** Primary keys, indexes, unique constraints and foreign keys are unique per table. */
    MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY;

    /** How a name clash in this scope is described in Prisma's error message. */
    public String description(String modelName) {
        return switch (this) {
            case GLOBAL_KEY_INDEX -> "global for indexes and unique constraints";
            case GLOBAL_FOREIGN_KEY -> "global for foreign keys";
            case GLOBAL_PRIMARY_KEY_KEY_INDEX -> "global for primary key, indexes and unique constraints";
            case GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT -> "global for primary keys, foreign keys and default constraints";
            case MODEL_KEY_INDEX -> "on model `" + modelName + "` for indexes and unique constraints";
            case MODEL_PRIMARY_KEY_KEY_INDEX -> "on model `" + modelName
                    + "` for primary key, indexes and unique constraints";
            case MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY -> "on model `" + modelName
                    + "` for primary key, indexes, unique constraints and foreign keys";
        };
    }

    public boolean isGlobal() {
        return name().startsWith("GLOBAL");
    }
}
