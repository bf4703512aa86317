package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.diagnostics.AttributeMessages;
import io.prisma4j.schema.model.ReferentialAction;

import java.util.List;

/** The attributes of a relation field: {@code @relation(...)}, {@code @ignore}, and those it must not have. */
final class RelationAttributes {
    private final AttributeVisitor visitor;
    private final FieldListResolver resolver;

    RelationAttributes(AttributeVisitor visitor, FieldListResolver resolver) {
        this.visitor = visitor;
        this.resolver = resolver;
    }

    void visit(RelationFieldInfo field) {
        visitor.visit(field.ast().attributes());
        if (visitor.optionalSingle("relation")) {
            relation(field);
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("id")) {
            visitor.error(AttributeMessages.idOnRelationField(visitor.current(), field.name()));
            visitor.discardArguments();
        }
        if (visitor.optionalSingle("ignore")) {
            field.ignored = true;
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("default")) {
            visitor.error(AttributeMessages.defaultOnRelationField(visitor.current()));
            visitor.discardArguments();
        }
        if (visitor.optionalSingle("map")) {
            visitor.error(AttributeMessages.mapOnRelationField(visitor.current()));
            visitor.defaultArgument("name");
            visitor.discardArguments();
        }
        if (visitor.optionalSingle("unique")) {
            List<String> scalars = field.fields == null ? List.of()
                    : field.fields.stream().map(FieldInfo::name).toList();
            visitor.error(AttributeMessages.uniqueOnRelationField(visitor.current(), field.name(), scalars));
            visitor.discardArguments();
        }
        visitor.validateAttributes();
    }

    private void relation(RelationFieldInfo field) {
        Attribute attribute = visitor.current();
        field.relationAttribute = attribute;
        Expression fields = visitor.optionalArgument("fields");
        if (fields != null) {
            FieldListResolver.Resolved<ScalarFieldInfo> resolved = resolver.plain(fields, attribute.span(),
                    field.model());
            if (resolved.fields() == null || resolved.hasProblems()) {
                if (!resolved.unknown().isEmpty()) {
                    visitor.error(AttributeMessages.relationFieldsUnknown(resolved.unknown(), fields.span()));
                }
                if (!resolved.relations().isEmpty()) {
                    visitor.error(AttributeMessages.relationFieldsNotScalar(names(resolved.relations()),
                            fields.span()));
                }
                field.fields = List.of();
            } else {
                field.fields = resolved.fields();
            }
        }
        Expression references = visitor.optionalArgument("references");
        if (references != null) {
            ModelInfo related = field.relatedModel();
            FieldListResolver.Resolved<ScalarFieldInfo> resolved = resolver.plain(references, attribute.span(),
                    related);
            if (resolved.fields() == null || resolved.hasProblems()) {
                if (!resolved.unknown().isEmpty()) {
                    visitor.error(AttributeMessages.relationReferencesUnknown(related.name(), resolved.unknown(),
                            attribute.span()));
                }
                if (!resolved.relations().isEmpty()) {
                    visitor.error(AttributeMessages.relationReferencesNotScalar(related.name(),
                            names(resolved.relations()), attribute.span()));
                }
                field.references = List.of();
            } else {
                field.references = resolved.fields();
            }
        }
        // Prisma reads the name without reporting a missing or doubled argument.
        Expression name = visitor.defaultArgumentQuietly("name");
        String relationName = name == null ? null : Coerce.string(name, visitor.diagnostics());
        if ("".equals(relationName)) {
            visitor.error(AttributeMessages.emptyRelationName(attribute));
        } else if (relationName != null) {
            field.relationName = relationName;
        }
        Expression onDelete = visitor.optionalArgument("onDelete");
        if (onDelete != null) {
            field.onDelete = referentialAction(onDelete);
            field.onDeleteSpan = field.onDelete == null ? null : onDelete.span();
        }
        Expression onUpdate = visitor.optionalArgument("onUpdate");
        if (onUpdate != null) {
            field.onUpdate = referentialAction(onUpdate);
            field.onUpdateSpan = field.onUpdate == null ? null : onUpdate.span();
        }
        field.mappedName = IndexAttributes.mapArgument(visitor);
    }

    private ReferentialAction referentialAction(Expression expression) {
        String name = Coerce.constant(expression, visitor.diagnostics());
        if (name == null) {
            return null;
        }
        ReferentialAction action = ReferentialAction.fromName(name).orElse(null);
        if (action == null) {
            visitor.error(AttributeMessages.invalidReferentialAction(name, expression.span()));
        }
        return action;
    }

    private static List<String> names(List<BlockItem.Field> fields) {
        return fields.stream().map(BlockItem.Field::nameText).toList();
    }
}
