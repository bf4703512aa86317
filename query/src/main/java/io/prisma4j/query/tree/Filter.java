package io.prisma4j.query.tree;

import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import java.util.List;

/** A validated {@code where}: independent of SQL, so any connector can evaluate it. */
public sealed interface Filter {

    /** Always true (an empty {@code where}) or always false. */
    record Const(boolean value) implements Filter {
    }

    record And(List<Filter> filters) implements Filter {
        public And {
            filters = List.copyOf(filters);
        }
    }

    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = List.copyOf(filters);
        }
    }

    /** {@code NOT}: true when none of the filters holds (Prisma: "all conditions must return false"). */
    record Not(List<Filter> filters) implements Filter {
        public Not {
            filters = List.copyOf(filters);
        }
    }

    /** A condition on one scalar field. */
    record Scalar(ScalarField field, Condition condition) implements Filter {
    }

    /** A Json filter: an optional path into the value, then a condition on what is there. */
    record Json(ScalarField field, JsonPath path, Condition condition) implements Filter {
    }

    /** A scalar-list filter ({@code has}, {@code hasEvery}, {@code hasSome}, {@code isEmpty}, {@code equals}). */
    record ScalarList(ScalarField field, ListCondition condition) implements Filter {
    }

    /** A relation filter: {@code some}/{@code every}/{@code none} (to-many), {@code is}/{@code isNot} (to-one). */
    record Relation(RelationField field, RelationCondition condition, Filter nested) implements Filter {
    }

    /** An aggregate condition of {@code having} ({@code _avg: {gt: 100}}). */
    record Aggregate(ScalarField field, AggregateKind kind, Condition condition) implements Filter {
    }

    enum RelationCondition {
        SOME, EVERY, NONE, IS, IS_NOT, IS_NULL, IS_NOT_NULL
    }

    enum AggregateKind {
        COUNT, AVG, SUM, MIN, MAX
    }

    /** A Json path: a list of keys (PostgreSQL) or a JSON-path string (MySQL, SQLite). */
    record JsonPath(List<String> keys, String expression) {
        public boolean isEmpty() {
            return keys == null && expression == null;
        }
    }

    static Filter and(List<Filter> filters) {
        return filters.size() == 1 ? filters.get(0) : new And(filters);
    }

    static Filter all() {
        return new Const(true);
    }
}
