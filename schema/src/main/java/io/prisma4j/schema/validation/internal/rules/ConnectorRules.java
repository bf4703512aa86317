package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.connector.Connector;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

/**
 * Checks only one database makes. Shared rules call these hooks; each database answers where it has
 * something to say.
 */
interface ConnectorRules {
    /** A database without rules of its own. */
    ConnectorRules NONE = new ConnectorRules() {
    };

    static ConnectorRules of(Connector connector) {
        if (connector == null) {
            return NONE;
        }
        return switch (connector.provider()) {
            case POSTGRESQL -> new PostgresRules();
            case MYSQL -> new MySqlRules();
            case MONGODB -> new MongoDbRules();
            case COCKROACHDB -> new CockroachRules();
            default -> NONE;
        };
    }

    default void validateModel(ModelInfo model, ValidationContext ctx) {
    }

    default void validateRelationField(RelationFieldInfo field, ValidationContext ctx) {
    }

    /** Checks made on a view instead of {@link #validateModel}. */
    default void validateView(ModelInfo view, ValidationContext ctx) {
    }

    /**
     * Whether the database knows this {@code @default} function (and has checked its arguments); the
     * default is that only Prisma's own functions exist.
     */
    default boolean knowsDefaultFunction(ScalarFieldInfo field, Expression.FunctionCall call,
                                         ValidationContext ctx) {
        return false;
    }
}
