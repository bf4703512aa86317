package io.prisma4j.query.sql;

import io.prisma4j.schema.model.ScalarField;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column values of one read record: an array laid out once per statement ({@link Layout}) instead of
 * a hash map per row, since a findMany of 1,000 rows otherwise builds 1,000 maps to read each value
 * once. Fields outside the layout (rare: values added after reading) go to a small overflow map.
 */
final class FieldValues extends AbstractMap<ScalarField, Object> {
    private static final Object ABSENT = new Object();
    private static final Layout EMPTY = new Layout(List.of());

    private final Layout layout;
    private final Object[] values;
    private Map<ScalarField, Object> overflow;

    FieldValues() {
        this(EMPTY);
    }

    FieldValues(Layout layout) {
        this.layout = layout;
        this.values = new Object[layout.fields.size()];
        java.util.Arrays.fill(values, ABSENT);
    }

    /** The positions of a statement's fields, shared by all its rows. */
    static final class Layout {
        private final List<ScalarField> fields;
        private final IdentityHashMap<ScalarField, Integer> positions = new IdentityHashMap<>();

        Layout(List<ScalarField> fields) {
            this.fields = List.copyOf(fields);
            for (int i = 0; i < this.fields.size(); i++) {
                positions.putIfAbsent(this.fields.get(i), i);
            }
        }

        int position(Object field) {
            Integer position = positions.get(field);
            return position == null ? -1 : position;
        }

        /** Where each scalar of a selection sits in rows of this layout (-1: elsewhere, or not a scalar). */
        int[] positions(io.prisma4j.query.tree.Selection selection) {
            int[] result = new int[selection.items().size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = selection.items().get(i) instanceof io.prisma4j.query.tree.Selection.ScalarItem scalar
                        ? position(scalar.field()) : -1;
            }
            return result;
        }
    }

    Layout layout() {
        return layout;
    }

    /** The value at a layout position, {@code null} when none was read there. */
    Object at(int position) {
        Object value = values[position];
        return value == ABSENT ? null : value;
    }

    /** Sets the value at a layout position (reading a row). */
    void set(int position, Object value) {
        values[position] = value;
    }

    @Override
    public Object get(Object key) {
        int position = layout.position(key);
        if (position >= 0) {
            Object value = values[position];
            return value == ABSENT ? null : value;
        }
        return overflow == null ? null : overflow.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        int position = layout.position(key);
        if (position >= 0) {
            return values[position] != ABSENT;
        }
        return overflow != null && overflow.containsKey(key);
    }

    @Override
    public Object put(ScalarField key, Object value) {
        int position = layout.position(key);
        if (position >= 0) {
            Object previous = values[position];
            values[position] = value;
            return previous == ABSENT ? null : previous;
        }
        if (overflow == null) {
            overflow = new LinkedHashMap<>();
        }
        return overflow.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        int position = layout.position(key);
        if (position >= 0) {
            Object previous = values[position];
            values[position] = ABSENT;
            return previous == ABSENT ? null : previous;
        }
        return overflow == null ? null : overflow.remove(key);
    }

    @Override
    public int size() {
        int size = overflow == null ? 0 : overflow.size();
        for (Object value : values) {
            if (value != ABSENT) {
                size++;
            }
        }
        return size;
    }

    /** A copy of the entries in layout order, then the overflow (iteration is rare; reads use get). */
    @Override
    public Set<Entry<ScalarField, Object>> entrySet() {
        Map<ScalarField, Object> copy = new LinkedHashMap<>();
        List<ScalarField> fields = new ArrayList<>(layout.fields);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != ABSENT) {
                copy.put(fields.get(i), values[i]);
            }
        }
        if (overflow != null) {
            copy.putAll(overflow);
        }
        return java.util.Collections.unmodifiableMap(copy).entrySet();
    }
}
