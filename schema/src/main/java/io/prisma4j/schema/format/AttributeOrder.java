package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Attribute;

import java.util.Comparator;
import java.util.List;

/**
 * The order {@code prisma format} puts attributes in, on a field and at the end of a block: {@code id},
 * {@code unique}, {@code default}, {@code updatedAt}, {@code index}, {@code fulltext}, {@code map},
 * {@code relation}, {@code ignore}, then every other attribute (native types, {@code @@schema}, ...)
 * in the order written. The sort is stable, so repeated attributes keep their relative order.
 */
final class AttributeOrder {
    private static final List<String> ORDER =
            List.of("id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore");

    static final Comparator<Attribute> COMPARATOR = Comparator.comparingInt(AttributeOrder::rank);

    private AttributeOrder() {
    }

    static int rank(Attribute attribute) {
        int index = ORDER.indexOf(attribute.name());
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
