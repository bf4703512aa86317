package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Span;

/** Where Prisma puts a diagnostic that is about one argument of an attribute. */
final class Spans {
    private Spans() {
    }

    /** The named argument of {@code attribute}, or the whole attribute when it is not written. */
    static Span argument(Attribute attribute, String name) {
        Span span = argumentOrNull(attribute, name);
        return span != null ? span : attribute.span();
    }

    static Span argumentOrNull(Attribute attribute, String name) {
        for (Argument argument : attribute.args().arguments()) {
            if (argument.isNamed() && argument.name().name().equals(name)) {
                return argument.span();
            }
        }
        return null;
    }

    /** The argument {@code argument} of the field's {@code @attribute}, or the whole field. */
    static Span fieldArgument(BlockItem.Field field, String attribute, String argument) {
        Span span = fieldArgumentOrNull(field, attribute, argument);
        return span != null ? span : field.span();
    }

    static Span fieldArgumentOrNull(BlockItem.Field field, String attribute, String argument) {
        Attribute found = fieldAttribute(field, attribute);
        return found == null ? null : argumentOrNull(found, argument);
    }

    static Attribute fieldAttribute(BlockItem.Field field, String attribute) {
        for (Attribute candidate : field.attributes()) {
            if (candidate.name().equals(attribute)) {
                return candidate;
            }
        }
        return null;
    }
}
