package io.prisma4j.query.schema;

import io.prisma4j.schema.model.Model;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An output object type: a model ({@code User}), its relation counts ({@code UserCountOutputType}),
 * or an aggregation result ({@code AggregateUser}, {@code UserCountAggregateOutputType}, ...).
 */
public final class OutputObjectType {

    /** What the object holds. */
    public enum Kind {
        MODEL, RELATION_COUNT, AGGREGATE, GROUP_BY, AGGREGATE_FIELDS, AFFECTED_ROWS
    }

    private final String name;
    private final Kind kind;
    private final Model model;
    private final Supplier<List<OutputField>> fieldSupplier;
    private volatile List<OutputField> fields;

    public OutputObjectType(String name, Kind kind, Model model, Supplier<List<OutputField>> fields) {
        this.name = name;
        this.kind = kind;
        this.model = model;
        this.fieldSupplier = fields;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The model this type describes (or aggregates), or {@code null}. */
    public Model model() {
        return model;
    }

    public List<OutputField> fields() {
        List<OutputField> result = fields;
        if (result == null) {
            synchronized (this) {
                if (fields == null) {
                    fields = List.copyOf(fieldSupplier.get());
                }
                result = fields;
            }
        }
        return result;
    }

    public Optional<OutputField> field(String fieldName) {
        for (OutputField field : fields()) {
            if (field.name().equals(fieldName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
