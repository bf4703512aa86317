package io.prisma4j.query.tree;

import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import java.util.List;

/** What a read returns for each record: scalars, nested relations, relation counts, in result order. */
public record Selection(Model model, List<Item> items) {
    public Selection {
        items = List.copyOf(items);
    }

    /** One key of the result object. */
    public sealed interface Item {
        String key();
    }

    public record ScalarItem(ScalarField field) implements Item {
        @Override
        public String key() {
            return field.name();
        }
    }

    /** A related record (to-one) or list of records (to-many), read with its own arguments. */
    public record RelationItem(RelationField field, ReadArgs args, Selection selection) implements Item {
        @Override
        public String key() {
            return field.name();
        }
    }

    /** {@code _count}: the number of related records per to-many relation, each optionally filtered. */
    public record CountItem(List<RelationCount> counts) implements Item {
        public CountItem {
            counts = List.copyOf(counts);
        }

        @Override
        public String key() {
            return "_count";
        }
    }

    public record RelationCount(RelationField field, Filter filter) {
    }

    public List<ScalarField> scalars() {
        return items.stream().filter(ScalarItem.class::isInstance).map(i -> ((ScalarItem) i).field()).toList();
    }

    public List<RelationItem> relations() {
        // A loop, not a stream: this runs for every record level of every read.
        List<RelationItem> relations = new java.util.ArrayList<>(2);
        for (Item item : items) {
            if (item instanceof RelationItem relation) {
                relations.add(relation);
            }
        }
        return relations;
    }

    public boolean hasRelations() {
        for (Item item : items) {
            if (item instanceof RelationItem || item instanceof CountItem) {
                return true;
            }
        }
        return false;
    }
}
