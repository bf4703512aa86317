package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.diagnostics.AttributeMessages;
import io.prisma4j.schema.model.IndexType;
import io.prisma4j.schema.model.SortOrder;

import java.util.ArrayList;
import java.util.List;

/** {@code @unique}, {@code @@unique}, {@code @@index} and {@code @@fulltext}. */
final class IndexAttributes {
    private final AttributeVisitor visitor;
    private final FieldListResolver resolver;

    IndexAttributes(AttributeVisitor visitor, FieldListResolver resolver) {
        this.visitor = visitor;
        this.resolver = resolver;
    }

    /** The current attribute is {@code @unique} on {@code field}. */
    void fieldUnique(ScalarFieldInfo field) {
        String mappedName = mapArgument(visitor);
        Expression lengthArgument = visitor.optionalArgument("length");
        Long length = lengthArgument == null ? null : Coerce.integer(lengthArgument, visitor.diagnostics());
        SortOrder sort = sortArgument(visitor);
        Boolean clustered = clusteredArgument(visitor);
        IndexInfo index = new IndexInfo(field.model(), visitor.current(), IndexInfo.Kind.UNIQUE);
        index.fields = List.of(new IndexFieldInfo(field, List.of(), sort, length, null, false));
        index.sourceField = field;
        index.mappedName = mappedName;
        index.clustered = clustered;
        field.model().indexes.add(index);
    }

    /** The current attribute is {@code @@index}. */
    void index(ModelInfo model) {
        IndexInfo index = new IndexInfo(model, visitor.current(), IndexInfo.Kind.NORMAL);
        resolveFields(index);
        String name = nameArgument(visitor);
        String mappedName = mapArgument(visitor);
        if (name != null && mappedName != null) {
            visitor.error(AttributeMessages.indexNameAndMap(visitor.current()));
        } else {
            // `name:` on @@index is the legacy spelling of `map:`.
            index.mappedName = name != null ? name : mappedName;
        }
        Expression type = visitor.optionalArgument("type");
        String typeName = type == null ? null : Coerce.constant(type, visitor.diagnostics());
        if (typeName != null) {
            index.algorithm = algorithm(typeName);
            if (index.algorithm == null) {
                visitor.error(AttributeMessages.unknownIndexType(visitor.current(), typeName));
            }
        }
        index.clustered = clusteredArgument(visitor);
        whereArgument();
        model.indexes.add(index);
    }

    /** The current attribute is {@code @@unique}. */
    void unique(ModelInfo model) {
        Attribute attribute = visitor.current();
        IndexInfo index = new IndexInfo(model, attribute, IndexInfo.Kind.UNIQUE);
        resolveFields(index);
        String name = nameArgument(visitor);
        String mappedName = mapArgument(visitor);
        if (name != null) {
            validateClientName(visitor, attribute, model, name, "@@unique");
        }
        index.name = name;
        index.mappedName = mappedName;
        index.clustered = clusteredArgument(visitor);
        whereArgument();
        model.indexes.add(index);
    }

    /** The current attribute is {@code @@fulltext}. */
    void fulltext(ModelInfo model) {
        IndexInfo index = new IndexInfo(model, visitor.current(), IndexInfo.Kind.FULLTEXT);
        resolveFields(index);
        index.mappedName = mapArgument(visitor);
        model.indexes.add(index);
    }

    private void resolveFields(IndexInfo index) {
        Attribute attribute = visitor.current();
        ModelInfo model = index.model();
        Expression fields = visitor.defaultArgument("fields");
        if (fields == null) {
            return;
        }
        FieldListResolver.Resolved<IndexFieldInfo> resolved = resolver.withArguments(fields, attribute.span(), model,
                true);
        if (resolved.fields() == null) {
            return;
        }
        if (!resolved.hasProblems()) {
            index.fields = resolved.fields();
            return;
        }
        if (!resolved.unknown().isEmpty()) {
            visitor.error(AttributeMessages.indexUnknownFields(index.isUnique(), resolved.unknown(), model.name(),
                    attribute.span()));
        }
        if (!resolved.relations().isEmpty()) {
            List<String> suggested = new ArrayList<>();
            for (BlockItem.Field field : resolved.relations()) {
                if (model.field(field.nameText()) instanceof RelationFieldInfo relation && relation.fields != null) {
                    relation.fields.forEach(f -> suggested.add(f.name()));
                }
            }
            visitor.error(AttributeMessages.indexRelationFields(index.isUnique(),
                    resolved.relations().stream().map(BlockItem.Field::nameText).toList(), suggested, model.name(),
                    attribute.span()));
        }
    }

    /** {@code where:} of a partial index: only {@code raw("...")} is read here. */
    private void whereArgument() {
        Expression where = visitor.optionalArgument("where");
        if (where == null) {
            return;
        }
        if (!(where instanceof Expression.FunctionCall call) || !call.name().equals("raw")) {
            visitor.error(AttributeMessages.whereNotRawOrObject(visitor.current()));
            return;
        }
        if (call.arguments().arguments().isEmpty()) {
            visitor.error(AttributeMessages.whereRawWithoutString(visitor.current()));
            return;
        }
        String predicate = Coerce.string(call.arguments().arguments().get(0).value(), visitor.diagnostics());
        if (predicate == null) {
            visitor.error(AttributeMessages.whereRawWithoutString(visitor.current()));
        } else if (predicate.isEmpty()) {
            visitor.error(AttributeMessages.whereEmptyString(visitor.current()));
        }
    }

    private static IndexType algorithm(String name) {
        return switch (name) {
            case "BTree" -> IndexType.BTREE;
            case "Hash" -> IndexType.HASH;
            case "Gist" -> IndexType.GIST;
            case "Gin" -> IndexType.GIN;
            case "SpGist" -> IndexType.SPGIST;
            case "Brin" -> IndexType.BRIN;
            default -> null;
        };
    }

    /** {@code map:} as a non-empty string, or {@code null}. */
    static String mapArgument(AttributeVisitor visitor) {
        Expression map = visitor.optionalArgument("map");
        String value = map == null ? null : Coerce.string(map, visitor.diagnostics());
        if ("".equals(value)) {
            visitor.error(AttributeMessages.emptyMap(visitor.current()));
            return null;
        }
        return value;
    }

    /** {@code name:} as a non-empty string, or {@code null}. */
    static String nameArgument(AttributeVisitor visitor) {
        Expression name = visitor.optionalArgument("name");
        String value = name == null ? null : Coerce.string(name, visitor.diagnostics());
        if ("".equals(value)) {
            visitor.error(AttributeMessages.emptyName(visitor.current()));
            return null;
        }
        return value;
    }

    static SortOrder sortArgument(AttributeVisitor visitor) {
        Expression sort = visitor.optionalArgument("sort");
        String value = sort == null ? null : Coerce.constant(sort, visitor.diagnostics());
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "Desc" -> SortOrder.DESC;
            case "Asc" -> SortOrder.ASC;
            default -> {
                visitor.error(AttributeMessages.invalidSort(visitor.current(), value));
                yield null;
            }
        };
    }

    static Boolean clusteredArgument(AttributeVisitor visitor) {
        Expression clustered = visitor.optionalArgument("clustered");
        return clustered == null ? null : Coerce.bool(clustered, visitor.diagnostics());
    }

    /** Client names (the {@code name:} of {@code @@id}/{@code @@unique}) end up in the client API. */
    static void validateClientName(AttributeVisitor visitor, Attribute attribute, ModelInfo model, String name,
                                   String attributeName) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                visitor.error(AttributeMessages.invalidClientName(attributeName, model.name(), attribute.span()));
                return;
            }
        }
    }
}
