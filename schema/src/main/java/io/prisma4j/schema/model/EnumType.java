package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Span;

import java.util.List;
import java.util.Optional;

/** An {@code enum} of the schema. Named {@code EnumType} to stay clear of {@link java.lang.Enum}. */
public final class EnumType implements Documented {

    /** One value of the enum; {@code databaseName} comes from {@code @map("...")}. */
    public static final class Value implements Documented {
        private final String name;
        private final String databaseName;
        private final String documentation;

        Value(String name, String databaseName, String documentation) {
            this.name = name;
            this.databaseName = databaseName;
            this.documentation = documentation;
        }

        public String name() {
            return name;
        }

        /** {@code @map("...")}, else the name. */
        public String databaseName() {
            return databaseName;
        }

        @Override
        public Optional<String> documentation() {
            return Optional.ofNullable(documentation);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String name;
    private final String databaseName;
    private final List<Value> values;
    private final String documentation;
    private final String schema;
    private final Span span;

    EnumType(String name, String databaseName, List<Value> values, String documentation, String schema, Span span) {
        this.name = name;
        this.databaseName = databaseName;
        this.values = List.copyOf(values);
        this.documentation = documentation;
        this.schema = schema;
        this.span = span;
    }

    public String name() {
        return name;
    }

    /** {@code @@map("...")}, else the name (the PostgreSQL type name). */
    public String databaseName() {
        return databaseName;
    }

    public List<Value> values() {
        return values;
    }

    public Optional<Value> value(String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** {@code @@schema("...")} (multi-schema), if given. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    @Override
    public Optional<String> documentation() {
        return Optional.ofNullable(documentation);
    }

    public Span span() {
        return span;
    }

    @Override
    public String toString() {
        return name;
    }
}
