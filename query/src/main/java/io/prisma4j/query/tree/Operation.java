package io.prisma4j.query.tree;

import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;

import java.util.List;

/**
 * A validated operation: what to do, on which model, with which arguments and selection. Independent
 * of SQL; the SQL executor (and later MongoDB) interprets it.
 */
public sealed interface Operation {

    Model model();

    /** How related records are loaded: one batched query per relation level, or one JSON-aggregating statement. */
    enum LoadStrategy {
        QUERY, JOIN
    }

    /** findMany, findFirst(OrThrow); {@code single} returns the first record or null. */
    record FindMany(Model model, ReadArgs args, Selection selection, boolean single, boolean orThrow,
                    LoadStrategy strategy) implements Operation {
    }

    /** findUnique(OrThrow) by a unique filter. */
    record FindUnique(Model model, Filter where, Selection selection, boolean orThrow, LoadStrategy strategy)
            implements Operation {
    }

    record Aggregate(Model model, ReadArgs args, AggregateSelection selection) implements Operation {
    }

    record GroupBy(Model model, ReadArgs args, List<ScalarField> by, Filter having, AggregateSelection selection)
            implements Operation {
        public GroupBy {
            by = List.copyOf(by);
        }
    }

    record CreateOne(Model model, WriteData data, Selection selection) implements Operation {
    }

    /** createMany; with a selection it is createManyAndReturn. */
    record CreateMany(Model model, List<WriteData> rows, boolean skipDuplicates, Selection selection)
            implements Operation {
        public CreateMany {
            rows = List.copyOf(rows);
        }
    }

    record UpdateOne(Model model, Filter where, WriteData data, Selection selection) implements Operation {
    }

    /** updateMany; with a selection it is updateManyAndReturn. */
    record UpdateMany(Model model, Filter where, WriteData data, Long limit, Selection selection) implements Operation {
    }

    record Upsert(Model model, Filter where, WriteData create, WriteData update, Selection selection)
            implements Operation {
    }

    record DeleteOne(Model model, Filter where, Selection selection) implements Operation {
    }

    record DeleteMany(Model model, Filter where, Long limit) implements Operation {
    }
}
