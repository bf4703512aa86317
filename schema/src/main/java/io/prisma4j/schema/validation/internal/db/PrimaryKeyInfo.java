package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Attribute;

import java.util.List;

/**
 * A model's {@code @id} or {@code @@id}.
 *
 * @param fields      the key's fields
 * @param sourceField the field carrying {@code @id}, or {@code null} for {@code @@id}
 * @param attribute   the attribute
 * @param name        {@code name:}, or {@code null}
 * @param mappedName  {@code map:}, or {@code null}
 * @param clustered   {@code clustered:}, or {@code null}
 */
public record PrimaryKeyInfo(List<IndexFieldInfo> fields, ScalarFieldInfo sourceField, Attribute attribute,
                             String name, String mappedName, Boolean clustered) {
    public PrimaryKeyInfo {
        fields = List.copyOf(fields);
    }

    public boolean isDefinedOnField() {
        return sourceField != null;
    }

    /** {@code @id} or {@code @@id}, as named in messages. */
    public String attributeName() {
        return isDefinedOnField() ? "@id" : "@@id";
    }

    public boolean containsExactly(List<ScalarFieldInfo> others) {
        if (others.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).field() != others.get(i)) {
                return false;
            }
        }
        return true;
    }
}
