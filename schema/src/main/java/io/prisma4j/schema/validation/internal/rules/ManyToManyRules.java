package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.diagnostics.RelationMessages;
import io.prisma4j.schema.validation.internal.db.NativeTypeAttribute;
import io.prisma4j.schema.validation.internal.db.PrimaryKeyInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.RelationInfo;
import io.prisma4j.schema.validation.internal.db.ScalarFieldInfo;

import java.util.List;
import java.util.Objects;

/**
 * Many-to-many relations: implicit ones (a join table, SQL databases) and two-way embedded ones (id
 * lists on both sides, MongoDB).
 */
final class ManyToManyRules {
    private final ValidationContext ctx;

    ManyToManyRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void implicit(RelationInfo relation) {
        List<RelationFieldInfo> sides = List.of(relation.fieldA(), relation.fieldB());
        if (!ctx.has(Capability.IMPLICIT_MANY_TO_MANY)) {
            sides.forEach(f -> ctx.report(RelationMessages.implicitManyToManyNotSupported(ctx.connectorName(),
                    f.span())));
        }
        for (RelationFieldInfo field : sides) {
            if (!field.relatedModel().hasSingleIdField()) {
                ctx.report(RelationMessages.manyToManyWithoutId(field.name(), field.relatedModel().containerType(),
                        field.model().name(), field.relatedModel().name(), field.span()));
                continue;
            }
            if (!referencesSingularId(field)) {
                ctx.report(RelationMessages.manyToManyReferencesNotId(field.relatedModel().name(),
                        RelationRules.names(field.references() == null ? List.of() : field.references()),
                        field.span()));
            }
        }
        for (RelationFieldInfo field : sides) {
            actionSpans(field).forEach(span -> ctx.report(RelationMessages.manyToManyActions(span)));
        }
        for (RelationFieldInfo field : sides) {
            if (field.references() != null) {
                ctx.report(RelationMessages.manyToManyWithReferences(field.span()));
            }
        }
    }

    private static boolean referencesSingularId(RelationFieldInfo field) {
        if (field.references() == null) {
            return true;
        }
        if (field.references().size() != 1) {
            return false;
        }
        PrimaryKeyInfo pk = field.relatedModel().primaryKey();
        return pk != null && pk.containsExactly(field.references());
    }

    void embedded(RelationInfo relation) {
        List<RelationFieldInfo> sides = List.of(relation.fieldA(), relation.fieldB());
        if (!ctx.has(Capability.TWO_WAY_EMBEDDED_MANY_TO_MANY)) {
            sides.forEach(f -> ctx.report(RelationMessages.embeddedManyToManyNotSupported(ctx.connectorName(),
                    f.span())));
            return;
        }
        for (RelationFieldInfo field : sides) {
            if (field.references() == null || field.references().size() != 1) {
                ctx.report(RelationMessages.embeddedReferences(argumentSpan(field, "references")));
            }
        }
        for (RelationFieldInfo field : sides) {
            if (field.fields() == null || field.fields().size() != 1) {
                ctx.report(RelationMessages.embeddedFields(argumentSpan(field, "fields")));
            }
        }
        for (RelationFieldInfo field : sides) {
            if (field.references() != null && !field.references().isEmpty()
                    && !field.references().get(0).isSinglePrimaryKey()) {
                ctx.report(RelationMessages.embeddedReferencesNotId(Spans.fieldArgument(field.ast(), "relation",
                        "references")));
            }
        }
        for (RelationFieldInfo field : sides) {
            if (field.fields() == null || field.fields().isEmpty() || field.references() == null
                    || field.references().isEmpty()) {
                continue;
            }
            ScalarFieldInfo referencing = field.fields().get(0);
            ScalarFieldInfo referenced = field.references().get(0);
            boolean sameType = Objects.equals(referencing.kind(), referenced.kind());
            boolean sameNativeType = Objects.equals(nativeName(referencing.nativeType()),
                    nativeName(referenced.nativeType()));
            if (referencing.arity().isList() && sameType && sameNativeType && !referenced.arity().isList()) {
                continue;
            }
            Span span = field.relationAttribute() != null ? field.relationAttribute().span() : field.span();
            ctx.report(RelationMessages.embeddedFieldsType(span));
        }
        for (RelationFieldInfo field : sides) {
            actionSpans(field).forEach(span -> ctx.report(RelationMessages.embeddedActions(span)));
        }
    }

    private static String nativeName(NativeTypeAttribute nativeType) {
        return nativeType == null ? null : nativeType.name();
    }

    private static Span argumentSpan(RelationFieldInfo field, String argument) {
        Span span = Spans.fieldArgumentOrNull(field.ast(), "relation", argument);
        if (span == null && field.relationAttribute() != null) {
            span = field.relationAttribute().span();
        }
        return span != null ? span : field.span();
    }

    private static List<Span> actionSpans(RelationFieldInfo field) {
        java.util.ArrayList<Span> spans = new java.util.ArrayList<>();
        if (field.onDeleteSpan() != null) {
            spans.add(field.onDeleteSpan());
        }
        if (field.onUpdateSpan() != null) {
            spans.add(field.onUpdateSpan());
        }
        return spans;
    }
}
