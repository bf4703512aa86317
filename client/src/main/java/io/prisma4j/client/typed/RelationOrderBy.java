package io.prisma4j.client.typed;

/** Ordering by a to-many relation: by the number of related records ({@code posts: {_count: 'desc'}}). */
public final class RelationOrderBy extends InputObject {

    public RelationOrderBy _count(SortOrder order) {
        return with("_count", order);
    }
}
