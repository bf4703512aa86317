package io.prisma4j.query;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model actions of Prisma Client and the engine operation each one becomes ({@code count} and
 * {@code aggregate} are sugar over the engine's aggregate).
 */
public enum ClientAction {
    FIND_UNIQUE("findUnique", "findUnique"),
    FIND_UNIQUE_OR_THROW("findUniqueOrThrow", "findUniqueOrThrow"),
    FIND_FIRST("findFirst", "findFirst"),
    FIND_FIRST_OR_THROW("findFirstOrThrow", "findFirstOrThrow"),
    FIND_MANY("findMany", "findMany"),
    CREATE("create", "createOne"),
    CREATE_MANY("createMany", "createMany"),
    CREATE_MANY_AND_RETURN("createManyAndReturn", "createManyAndReturn"),
    UPDATE("update", "updateOne"),
    UPDATE_MANY("updateMany", "updateMany"),
    UPDATE_MANY_AND_RETURN("updateManyAndReturn", "updateManyAndReturn"),
    UPSERT("upsert", "upsertOne"),
    DELETE("delete", "deleteOne"),
    DELETE_MANY("deleteMany", "deleteMany"),
    COUNT("count", "aggregate"),
    AGGREGATE("aggregate", "aggregate"),
    GROUP_BY("groupBy", "groupBy");

    private final String clientName;
    private final String protocolName;

    ClientAction(String clientName, String protocolName) {
        this.clientName = clientName;
        this.protocolName = protocolName;
    }

    /** The method name of Prisma Client ({@code findMany}). */
    public String clientName() {
        return clientName;
    }

    /** The engine's operation name ({@code createOne}). */
    public String protocolName() {
        return protocolName;
    }

    public boolean isWrite() {
        return switch (this) {
            case FIND_UNIQUE, FIND_UNIQUE_OR_THROW, FIND_FIRST, FIND_FIRST_OR_THROW, FIND_MANY, COUNT, AGGREGATE,
                    GROUP_BY -> false;
            default -> true;
        };
    }

    private static final Map<String, ClientAction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(a -> a.clientName, a -> a));

    public static Optional<ClientAction> fromName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }
}
