package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@code model} (or {@code view}) with its fields, keys, constraints and indexes resolved. */
public final class Model implements FieldContainer {
    private final String name;
    private final String databaseName;
    private final boolean view;
    private final boolean ignored;
    private final String schema;
    private final String documentation;
    private final Span span;
    List<Field> fields = List.of();
    PrimaryKey primaryKey;
    List<UniqueConstraint> uniques = List.of();
    List<Index> indexes = List.of();

    Model(String name, String databaseName, boolean view, boolean ignored, String schema, String documentation,
          Span span) {
        this.name = name;
        this.databaseName = databaseName;
        this.view = view;
        this.ignored = ignored;
        this.schema = schema;
        this.documentation = documentation;
        this.span = span;
    }

    /** The model name in the schema and the client. */
    @Override
    public String name() {
        return name;
    }

    /** The table (or collection) name: {@code @@map("...")}, else the model name. */
    public String databaseName() {
        return databaseName;
    }

    /** Declared with {@code view}: read-only, not migrated. */
    public boolean isView() {
        return view;
    }

    /** Marked {@code @@ignore}. */
    public boolean isIgnored() {
        return ignored;
    }

    /** {@code @@schema("...")} (multi-schema), if given. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    @Override
    public Optional<String> documentation() {
        return Optional.ofNullable(documentation);
    }

    public Span span() {
        return span;
    }

    /** Every field in declaration order. */
    @Override
    public List<Field> fields() {
        return fields;
    }

    public List<ScalarField> scalarFields() {
        return fields.stream().filter(ScalarField.class::isInstance).map(ScalarField.class::cast).toList();
    }

    public List<RelationField> relationFields() {
        return fields.stream().filter(RelationField.class::isInstance).map(RelationField.class::cast).toList();
    }

    public List<CompositeField> compositeFields() {
        return fields.stream().filter(CompositeField.class::isInstance).map(CompositeField.class::cast).toList();
    }

    public Optional<ScalarField> scalarField(String name) {
        return field(name).filter(ScalarField.class::isInstance).map(ScalarField.class::cast);
    }

    public Optional<RelationField> relationField(String name) {
        return field(name).filter(RelationField.class::isInstance).map(RelationField.class::cast);
    }

    /** {@code @id} or {@code @@id}; empty for a model identified only by a unique constraint, or a view. */
    public Optional<PrimaryKey> primaryKey() {
        return Optional.ofNullable(primaryKey);
    }

    /** Every {@code @unique} and {@code @@unique}, field-level ones first in field order. */
    public List<UniqueConstraint> uniques() {
        return uniques;
    }

    /** Every {@code @@index} and {@code @@fulltext}. */
    public List<Index> indexes() {
        return indexes;
    }

    /**
     * The field sets that identify one record, as the client's {@code where} of {@code findUnique}
     * accepts them: the primary key first, then every unique constraint.
     */
    public List<List<ScalarField>> uniqueCriteria() {
        List<List<ScalarField>> criteria = new ArrayList<>();
        if (primaryKey != null) {
            criteria.add(primaryKey.scalarFields());
        }
        for (UniqueConstraint unique : uniques) {
            criteria.add(unique.scalarFields());
        }
        return criteria;
    }

    /**
     * The fields that identify a record for the engine: the primary key, or when there is none the
     * first unique constraint whose fields are all required.
     */
    public List<ScalarField> primaryIdentifier() {
        if (primaryKey != null) {
            return primaryKey.scalarFields();
        }
        for (UniqueConstraint unique : uniques) {
            if (unique.scalarFields().stream().allMatch(Field::isRequired)) {
                return unique.scalarFields();
            }
        }
        return uniques.isEmpty() ? List.of() : uniques.get(0).scalarFields();
    }

    @Override
    public String toString() {
        return name;
    }
}
