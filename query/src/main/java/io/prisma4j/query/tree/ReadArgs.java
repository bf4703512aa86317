package io.prisma4j.query.tree;

import io.prisma4j.schema.model.ScalarField;

import java.util.List;
import java.util.Map;

/**
 * How to read a list of records: filter, order, cursor, take (negative: from the end), skip, distinct.
 * {@code cursor} maps the fields of a unique criterion to their values.
 */
public record ReadArgs(Filter where, List<OrderBy> orderBy, Map<ScalarField, Object> cursor, Long take, Long skip,
                       List<ScalarField> distinct) {
    public ReadArgs {
        orderBy = List.copyOf(orderBy);
        distinct = List.copyOf(distinct);
    }

    public static ReadArgs where(Filter where) {
        return new ReadArgs(where, List.of(), null, null, null, List.of());
    }

    public static ReadArgs all() {
        return where(Filter.all());
    }

    public boolean hasPagination() {
        return take != null || skip != null || cursor != null;
    }

    public ReadArgs withTake(Long newTake) {
        return new ReadArgs(where, orderBy, cursor, newTake, skip, distinct);
    }
}
