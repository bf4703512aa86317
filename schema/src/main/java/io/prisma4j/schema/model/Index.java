package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Span;

import java.util.List;
import java.util.Optional;

/**
 * {@code @@index([...])} or {@code @@fulltext([...])}.
 *
 * @param fields        the indexed columns in order
 * @param clientName    {@code name:} if given, else {@code null}
 * @param databaseName  {@code map:} if given, else {@code <table>_<columns>_idx}
 * @param explicitDatabaseName whether {@code map:} was written
 * @param type          {@code type:} if given ({@link IndexType#FULLTEXT} for {@code @@fulltext}), else {@code null}
 * @param clustered     {@code clustered:} if given, else {@code null}
 * @param span          the attribute declaring it
 */
public record Index(List<IndexField> fields, String clientName, String databaseName, boolean explicitDatabaseName,
                    IndexType type, Boolean clustered, Span span) {
    public Index {
        fields = List.copyOf(fields);
    }

    public List<ScalarField> scalarFields() {
        return fields.stream().map(IndexField::field).toList();
    }

    public boolean isFulltext() {
        return type == IndexType.FULLTEXT;
    }

    public Optional<IndexType> explicitType() {
        return Optional.ofNullable(type);
    }
}
