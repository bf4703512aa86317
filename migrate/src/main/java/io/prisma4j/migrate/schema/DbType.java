package io.prisma4j.migrate.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A database type with Prisma's native type name and its integer arguments: {@code VarChar(10)},
 * {@code Decimal(65,30)}, {@code Timestamp(3)}, {@code Text}. No arguments means the database's default
 * (an unbounded {@code VARCHAR}, a {@code TIMESTAMP} of default precision).
 */
public record DbType(String name, List<Integer> args) {
    public DbType {
        args = List.copyOf(args);
    }

    public static DbType of(String name, Integer... args) {
        return new DbType(name, List.of(args));
    }

    public boolean is(String typeName) {
        return name.equals(typeName);
    }

    /** The first argument (length or precision), or {@code null}. */
    public Integer arg() {
        return args.isEmpty() ? null : args.get(0);
    }

    public boolean hasArgs() {
        return !args.isEmpty();
    }

    /** As Prisma shows it in warnings: {@code VarChar(50)}, {@code Decimal(10,2)}. */
    @Override
    public String toString() {
        return args.isEmpty() ? name
                : name + args.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }
}
