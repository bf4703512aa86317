package io.prisma4j.query.schema;

import java.util.List;

/**
 * An enum of the query schema: a schema enum ({@code Role}) or one of Prisma's own ({@code SortOrder},
 * {@code QueryMode}, {@code JsonNullValueFilter}, {@code UserScalarFieldEnum}, ...).
 *
 * @param name   the type name used in messages
 * @param values the accepted values, in order
 */
public record EnumDef(String name, List<String> values) {
    public EnumDef {
        values = List.copyOf(values);
    }

    public boolean accepts(String value) {
        return values.contains(value);
    }
}
