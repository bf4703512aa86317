package io.prisma4j.client.typed;

/**
 * An enum whose constants are sent to and read from the engine by Prisma's name, which may differ from
 * the Java constant's name (a schema value that is not a valid Java identifier is renamed in Java).
 */
public interface PrismaEnum {
    /** The value's name in the schema and in Prisma's arguments and results. */
    String prismaName();
}
