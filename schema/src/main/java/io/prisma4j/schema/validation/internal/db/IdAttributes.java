package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.diagnostics.AttributeMessages;
import io.prisma4j.schema.model.SortOrder;

import java.util.ArrayList;
import java.util.List;

/** {@code @id} on a field and {@code @@id([...])} on a model. */
final class IdAttributes {
    private final AttributeVisitor visitor;
    private final FieldListResolver resolver;

    IdAttributes(AttributeVisitor visitor, FieldListResolver resolver) {
        this.visitor = visitor;
        this.resolver = resolver;
    }

    /** The current attribute is {@code @id} on {@code field}. */
    void field(ScalarFieldInfo field) {
        ModelInfo model = field.model();
        if (model.primaryKey != null) {
            visitor.error(AttributeMessages.multipleIdFields(model.name(), model.span()));
            return;
        }
        Attribute attribute = visitor.current();
        String mappedName = IndexAttributes.mapArgument(visitor);
        Long length = optionalInteger("length");
        SortOrder sort = IndexAttributes.sortArgument(visitor);
        Boolean clustered = IndexAttributes.clusteredArgument(visitor);
        model.primaryKey = new PrimaryKeyInfo(List.of(new IndexFieldInfo(field, List.of(), sort, length, null,
                false)), field, attribute, null, mappedName, clustered);
    }

    /** The current attribute is {@code @@id} on {@code model}. */
    void model(ModelInfo model) {
        Attribute attribute = visitor.current();
        Expression fields = visitor.defaultArgument("fields");
        if (fields == null) {
            return;
        }
        FieldListResolver.Resolved<IndexFieldInfo> resolved = resolver.withArguments(fields, attribute.span(), model,
                false);
        if (resolved.fields() == null) {
            return;
        }
        if (resolved.hasProblems()) {
            if (!resolved.unknown().isEmpty()) {
                visitor.error(AttributeMessages.idUnknownFields(resolved.unknown(), model.name(), fields.span()));
            }
            if (!resolved.relations().isEmpty()) {
                visitor.error(AttributeMessages.idRelationFields(
                        resolved.relations().stream().map(BlockItem.Field::nameText).toList(), model.name(),
                        attribute.span()));
            }
            return;
        }
        List<String> optional = new ArrayList<>();
        for (IndexFieldInfo field : resolved.fields()) {
            if (!field.arity().isRequired()) {
                optional.add(field.name());
            }
        }
        if (!optional.isEmpty() && !model.ignored) {
            visitor.error(AttributeMessages.idOptionalFields(optional, model.name(), attribute.span()));
        }
        if (model.primaryKey != null) {
            visitor.error(AttributeMessages.idAndCompoundId(model.name(), model.span()));
        }
        String mappedName = IndexAttributes.mapArgument(visitor);
        String name = IndexAttributes.nameArgument(visitor);
        if (name != null) {
            IndexAttributes.validateClientName(visitor, attribute, model, name, "@@id");
        }
        Boolean clustered = IndexAttributes.clusteredArgument(visitor);
        model.primaryKey = new PrimaryKeyInfo(resolved.fields(), null, attribute, name, mappedName, clustered);
    }

    /** After every attribute of the model: an {@code @id} field must be required (unless the model is ignored). */
    static void validateArity(ModelInfo model, AttributeVisitor visitor) {
        PrimaryKeyInfo pk = model.primaryKey;
        if (model.ignored || pk == null || pk.sourceField() == null) {
            return;
        }
        if (!pk.sourceField().arity().isRequired()) {
            visitor.error(AttributeMessages.idFieldNotRequired(pk.attribute().span()));
        }
    }

    private Long optionalInteger(String name) {
        Expression value = visitor.optionalArgument(name);
        return value == null ? null : Coerce.integer(value, visitor.diagnostics());
    }
}
