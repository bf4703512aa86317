package io.prisma4j.query.tree;

import io.prisma4j.schema.model.ScalarField;

import java.util.List;

/**
 * What an aggregate or groupBy returns: grouping fields (groupBy) and aggregates, in result order.
 * A {@code null} field in a count means {@code _all}.
 */
public record AggregateSelection(List<Item> items) {
    public AggregateSelection {
        items = List.copyOf(items);
    }

    public sealed interface Item {
    }

    /** A groupBy key field. */
    public record GroupField(ScalarField field) implements Item {
    }

    /** {@code _count}/{@code _avg}/... with its fields; {@code null} in {@code fields} is {@code _all}. */
    public record Aggregates(Filter.AggregateKind kind, List<ScalarField> fields) implements Item {
        public Aggregates {
            fields = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fields));
        }

        public String key() {
            return "_" + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
