package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.model.SortOrder;

import java.util.List;

/**
 * One field of an id, unique or index definition with its options. The field is a model scalar field,
 * or a field of a composite type reached through {@code path} ({@code @@index([address.city])}).
 *
 * @param root          the model field the path starts at
 * @param path          the composite type fields after {@code root}, empty for a plain field
 * @param sortOrder     {@code sort:}, or {@code null}
 * @param length        {@code length:}, or {@code null}
 * @param operatorClass {@code ops:} constant name, {@code raw("...")} text, or {@code null}
 * @param rawOperatorClass whether {@code operatorClass} came from {@code raw("...")}
 */
public record IndexFieldInfo(ScalarFieldInfo root, List<CompositeFieldInfo> path, SortOrder sortOrder, Long length,
                             String operatorClass, boolean rawOperatorClass) {
    public IndexFieldInfo {
        path = List.copyOf(path);
    }

    /** The model field, when the indexed field is not inside a composite type; else {@code null}. */
    public ScalarFieldInfo field() {
        return path.isEmpty() ? root : null;
    }

    /** The name of the field that is indexed (the last element of the path). */
    public String name() {
        return path.isEmpty() ? root.name() : path.get(path.size() - 1).name();
    }

    public ScalarKind kind() {
        return path.isEmpty() ? root.kind() : path.get(path.size() - 1).kind();
    }

    public FieldArity arity() {
        return path.isEmpty() ? root.arity() : path.get(path.size() - 1).arity();
    }

    public NativeTypeAttribute nativeType() {
        return path.isEmpty() ? root.nativeType() : path.get(path.size() - 1).nativeType();
    }

    /** The database names along the path joined by {@code .}: what default index names are built from. */
    public String databasePath() {
        StringBuilder out = new StringBuilder(root.databaseName());
        for (CompositeFieldInfo step : path) {
            out.append('.').append(step.databaseName());
        }
        return out.toString();
    }

    /** Same field (same path), regardless of options. */
    public boolean sameFieldAs(IndexFieldInfo other) {
        return root == other.root && path.equals(other.path);
    }
}
