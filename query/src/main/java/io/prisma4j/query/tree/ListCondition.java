package io.prisma4j.query.tree;

import java.util.List;

/** Conditions on scalar lists (PostgreSQL arrays). */
public sealed interface ListCondition {

    record Has(Object value) implements ListCondition {
    }

    record HasEvery(List<Object> values) implements ListCondition {
    }

    record HasSome(List<Object> values) implements ListCondition {
    }

    record IsEmpty(boolean empty) implements ListCondition {
    }

    /** Equal to the list ({@code null}: the column is NULL). */
    record Equals(List<Object> values) implements ListCondition {
    }
}
