package io.prisma4j.query.build;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.tree.Condition;

import java.util.ArrayList;
import java.util.List;

/** Reading validated values: scalars, enum constants, lists and field references. */
final class Values {
    private Values() {
    }

    /** The plain value: a scalar, an enum constant's name, Json text, or a field reference. */
    static Object plain(ParsedValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof ParsedValue.Scalar scalar) {
            return scalar.value();
        }
        if (value instanceof ParsedValue.EnumValue enumValue) {
            return enumValue.value();
        }
        if (value instanceof ParsedValue.FieldRefValue ref) {
            return new Condition.FieldRef(ref.field());
        }
        if (value instanceof ParsedValue.ListValue list) {
            List<Object> items = new ArrayList<>();
            for (ParsedValue item : list.items()) {
                items.add(plain(item));
            }
            return items;
        }
        throw new IllegalStateException("expected a scalar value, got " + value);
    }

    /** The items of a value that may be one object or a list of them ({@code T | T[]}). */
    static List<ParsedValue> items(ParsedValue value) {
        if (value instanceof ParsedValue.ListValue list) {
            return list.items();
        }
        return List.of(value);
    }

    static String enumName(ParsedValue value) {
        return ((ParsedValue.EnumValue) value).value();
    }

    static boolean isEnum(ParsedValue value, String name) {
        return value instanceof ParsedValue.EnumValue e && e.value().equals(name);
    }

    static long longValue(ParsedValue value) {
        return ((Number) ((ParsedValue.Scalar) value).value()).longValue();
    }
}
