package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Top;

/**
 * A one-to-one or one-to-many relation as Prisma infers it from the fields that are present. Either
 * field may be missing: that is what the repairs add.
 *
 * @param oneToOne    whether at most one record sits on each side
 * @param referencing the model that holds (or will hold) the foreign key ("model A")
 * @param referenced  the model the foreign key points to ("model B")
 * @param forward     the relation field on {@code referencing}, or {@code null}
 * @param back        the relation field on {@code referenced}, or {@code null}
 */
record InlineRelation(boolean oneToOne, Top.ModelBlock referencing, Top.ModelBlock referenced,
                      RelationField forward, RelationField back) {
}
