package io.prisma4j.query.sql;

import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts about the models that writes look up per record (a createMany of 1,000 rows asks 1,000 times)
 * or per call, computed once per executor instead of each time from the data model's streams.
 */
final class ModelCache {
    private final Map<Model, List<ScalarField>> scalars = new ConcurrentHashMap<>();
    private final Map<Model, List<ScalarField>> writable = new ConcurrentHashMap<>();
    private final Map<Model, List<List<ScalarField>>> uniqueCriteria = new ConcurrentHashMap<>();

    /** The model's scalar fields in declaration order. */
    List<ScalarField> scalars(Model model) {
        return scalars.computeIfAbsent(model, Model::scalarFields);
    }

    /** The scalar fields a record's values may be written to (not {@code Unsupported}). */
    List<ScalarField> writable(Model model) {
        return writable.computeIfAbsent(model, m -> scalars(m).stream().filter(f -> !f.isUnsupported()).toList());
    }

    /** The field sets that select one record: the primary key, then each unique constraint. */
    List<List<ScalarField>> uniqueCriteria(Model model) {
        return uniqueCriteria.computeIfAbsent(model, m -> List.copyOf(m.uniqueCriteria()));
    }
}
