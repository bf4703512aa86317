package io.prisma4j.query.tree;

import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import java.util.List;

/** One ordering term of a read. */
public sealed interface OrderBy {

    enum Nulls {
        DEFAULT, FIRST, LAST
    }

    boolean descending();

    /** A scalar, possibly reached through to-one relations ({@code orderBy: {author: {name: 'asc'}}}). */
    record Scalar(List<RelationField> path, ScalarField field, boolean descending, Nulls nulls) implements OrderBy {
        public Scalar {
            path = List.copyOf(path);
        }
    }

    /** The count of a to-many relation ({@code orderBy: {posts: {_count: 'desc'}}}). */
    record RelationCount(List<RelationField> path, RelationField relation, boolean descending) implements OrderBy {
        public RelationCount {
            path = List.copyOf(path);
        }
    }

    /** An aggregate of a groupBy ({@code orderBy: {_avg: {rating: 'desc'}}}). */
    record Aggregate(Filter.AggregateKind kind, ScalarField field, boolean descending) implements OrderBy {
    }
}
