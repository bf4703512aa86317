package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Span;

import java.util.List;
import java.util.Optional;

/**
 * {@code @unique} on a field or {@code @@unique([...])}.
 *
 * @param fields        the constrained columns in order
 * @param clientName    {@code name:} if given, else {@code null}
 * @param databaseName  {@code map:} if given, else {@code <table>_<columns>_key}
 * @param explicitDatabaseName whether {@code map:} was written
 * @param fieldLevel    written on the field ({@code @unique})
 * @param clustered     {@code clustered:} if given, else {@code null}
 * @param span          the attribute declaring it
 */
public record UniqueConstraint(List<IndexField> fields, String clientName, String databaseName,
                               boolean explicitDatabaseName, boolean fieldLevel, Boolean clustered, Span span) {
    public UniqueConstraint {
        fields = List.copyOf(fields);
    }

    public List<ScalarField> scalarFields() {
        return fields.stream().map(IndexField::field).toList();
    }

    public boolean isCompound() {
        return fields.size() > 1;
    }

    public boolean isFieldLevel() {
        return fieldLevel;
    }

    /**
     * The argument name that selects this constraint in a client {@code where}: the field name, or for a
     * compound constraint {@code name:} or the field names joined by {@code _} ({@code userId_roleId}).
     */
    public String whereUniqueName() {
        if (!isCompound()) {
            return fields.get(0).field().name();
        }
        return Optional.ofNullable(clientName).orElseGet(() ->
                String.join("_", fields.stream().map(f -> f.field().name()).toList()));
    }
}
