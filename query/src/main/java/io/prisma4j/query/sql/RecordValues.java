package io.prisma4j.query.sql;

import io.prisma4j.query.document.DateTimes;
import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.tree.WriteData;
import io.prisma4j.schema.model.DefaultValue;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column values of a record to insert: the given scalars, values inherited from a parent record,
 * and the defaults Prisma computes itself (constants, {@code now()}, {@code uuid()}, {@code cuid()},
 * {@code nanoid()}, {@code ulid()}, {@code @updatedAt}). Autoincrement and {@code dbgenerated()} are left
 * to the database.
 */
final class RecordValues {
    private RecordValues() {
    }

    static Map<ScalarField, Object> forCreate(Ctx ctx, Model model, WriteData data, Map<ScalarField, Object> inherited) {
        Map<ScalarField, Object> values = new LinkedHashMap<>();
        for (ScalarField field : ctx.models.scalars(model)) {
            if (inherited.containsKey(field)) {
                values.put(field, inherited.get(field));
                continue;
            }
            WriteData.ScalarWrite write = data.scalars().get(field);
            if (write instanceof WriteData.Set set) {
                values.put(field, set.value());
            } else if (write == null && !field.isUnsupported()) {
                addDefault(ctx, field, values);
            }
        }
        return values;
    }

    private static void addDefault(Ctx ctx, ScalarField field, Map<ScalarField, Object> values) {
        DefaultValue defaultValue = field.defaultValue().orElse(null);
        if (defaultValue == null) {
            if (field.isUpdatedAt()) {
                values.put(field, ctx.now);
            }
            return;
        }
        switch (defaultValue.kind()) {
            case VALUE -> values.put(field, constant(field, defaultValue));
            case NOW -> values.put(field, ctx.now);
            case UUID -> values.put(field, IdGenerators.uuid(defaultValue.version()));
            case CUID -> values.put(field, IdGenerators.cuid(defaultValue.version()));
            case NANOID -> values.put(field, IdGenerators.nanoid(defaultValue.length()));
            case ULID -> values.put(field, IdGenerators.ulid());
            default -> {
                // autoincrement(), dbgenerated(), sequence(), auto(): the database fills the column.
            }
        }
    }

    /** A constant {@code @default(...)} converted to the field's type. */
    static Object constant(ScalarField field, DefaultValue defaultValue) {
        if (field.isList()) {
            List<Object> items = new ArrayList<>();
            for (Object item : defaultValue.values()) {
                items.add(convert(field, item));
            }
            return items;
        }
        return convert(field, defaultValue.value());
    }

    private static Object convert(ScalarField field, Object value) {
        if (field.isEnum() || value == null) {
            return value;
        }
        ScalarType type = field.scalarType();
        return switch (type) {
            case INT, BIGINT -> value instanceof BigDecimal d ? d.longValue() : Long.parseLong(value.toString());
            case FLOAT -> value instanceof BigDecimal d ? d.doubleValue() : Double.parseDouble(value.toString());
            case DECIMAL -> value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
            case DATETIME -> {
                try {
                    yield DateTimes.parse(value.toString());
                } catch (DateTimes.DateTimeParseError e) {
                    throw new IllegalStateException("Invalid DateTime default of " + field + ": " + value, e);
                }
            }
            case JSON -> new ParsedValue.JsonText(value.toString());
            case BYTES -> Base64.getDecoder().decode(value.toString());
            case STRING -> value.toString();
        };
    }
}
