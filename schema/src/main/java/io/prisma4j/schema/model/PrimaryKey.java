package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Span;

import java.util.List;
import java.util.Optional;

/**
 * A model's primary key: {@code @id} on one field or {@code @@id([...])}.
 *
 * @param fields        the key's columns in order
 * @param clientName    {@code name:} of {@code @@id}, else {@code null} (the client then uses the joined field names)
 * @param databaseName  {@code map:} if given, else {@code <table>_pkey}
 * @param explicitDatabaseName whether {@code map:} was written
 * @param fieldLevel    {@code @id} on a field rather than {@code @@id}
 * @param clustered     {@code clustered:} if given (SQL Server), else {@code null}
 * @param span          the attribute declaring it
 */
public record PrimaryKey(List<IndexField> fields, String clientName, String databaseName,
                         boolean explicitDatabaseName, boolean fieldLevel, Boolean clustered, Span span) {
    public PrimaryKey {
        fields = List.copyOf(fields);
    }

    public List<ScalarField> scalarFields() {
        return fields.stream().map(IndexField::field).toList();
    }

    public boolean isCompound() {
        return fields.size() > 1;
    }

    public boolean contains(ScalarField field) {
        return fields.stream().anyMatch(f -> f.field() == field);
    }

    /**
     * The argument name that selects this key in a {@code where} of the client: the field name for a
     * single-field key, {@code name:} or the field names joined by {@code _} for a compound key
     * ({@code postId_tagId}).
     */
    public String whereUniqueName() {
        if (!isCompound()) {
            return fields.get(0).field().name();
        }
        return Optional.ofNullable(clientName).orElseGet(() ->
                String.join("_", fields.stream().map(f -> f.field().name()).toList()));
    }
}
