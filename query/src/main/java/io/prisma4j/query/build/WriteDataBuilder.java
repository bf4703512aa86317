package io.prisma4j.query.build;

import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.schema.InputObjectType;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.NestedWrite;
import io.prisma4j.query.tree.WriteData;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link WriteData} from validated create and update inputs, nested relation writes included. */
final class WriteDataBuilder {
    private WriteDataBuilder() {
    }

    static WriteData create(Model model, ParsedValue value) {
        return data(model, value, false);
    }

    static WriteData update(Model model, ParsedValue value) {
        return data(model, value, true);
    }

    private static WriteData data(Model model, ParsedValue value, boolean update) {
        if (value == null) {
            return WriteData.empty();
        }
        ParsedValue.MapValue map = (ParsedValue.MapValue) value;
        Map<ScalarField, WriteData.ScalarWrite> scalars = new LinkedHashMap<>();
        List<NestedWrite> nested = new ArrayList<>();
        for (Map.Entry<String, ParsedValue> entry : map.fields().entrySet()) {
            Field field = model.field(entry.getKey()).orElseThrow();
            if (field instanceof ScalarField scalar) {
                scalars.put(scalar, scalarWrite(scalar, entry.getValue()));
            } else {
                nestedWrites((RelationField) field, (ParsedValue.MapValue) entry.getValue(), nested);
            }
        }
        return new WriteData(scalars, nested);
    }

    private static WriteData.ScalarWrite scalarWrite(ScalarField field, ParsedValue value) {
        if (value instanceof ParsedValue.MapValue ops) {
            Map.Entry<String, ParsedValue> op = ops.fields().entrySet().iterator().next();
            Object operand = Values.plain(op.getValue());
            return switch (op.getKey()) {
                case "set" -> new WriteData.Set(operand);
                case "increment" -> new WriteData.Arithmetic(WriteData.Operator.ADD, operand);
                case "decrement" -> new WriteData.Arithmetic(WriteData.Operator.SUBTRACT, operand);
                case "multiply" -> new WriteData.Arithmetic(WriteData.Operator.MULTIPLY, operand);
                case "divide" -> new WriteData.Arithmetic(WriteData.Operator.DIVIDE, operand);
                case "push" -> new WriteData.Push(operand instanceof List<?> list ? new ArrayList<>(list) : List.of(operand));
                default -> throw new IllegalStateException("unexpected update operation " + op.getKey());
            };
        }
        if (field.scalarType() == ScalarType.JSON && value instanceof ParsedValue.EnumValue nullValue) {
            return new WriteData.Set(nullValue.value().equals("DbNull") ? null : new ParsedValue.JsonText("null"));
        }
        return new WriteData.Set(Values.plain(value));
    }

    private static void nestedWrites(RelationField field, ParsedValue.MapValue envelope, List<NestedWrite> into) {
        Model related = field.relatedModel();
        for (Map.Entry<String, ParsedValue> entry : envelope.fields().entrySet()) {
            ParsedValue value = entry.getValue();
            switch (entry.getKey()) {
                case "create" -> into.add(new NestedWrite.Create(field,
                        Values.items(value).stream().map(v -> create(related, v)).toList()));
                case "createMany" -> {
                    ParsedValue.MapValue createMany = (ParsedValue.MapValue) value;
                    boolean skip = Boolean.TRUE.equals(Values.plain(createMany.get("skipDuplicates")));
                    into.add(new NestedWrite.CreateMany(field, Values.items(createMany.get("data")).stream()
                            .map(v -> create(related, v)).toList(), skip));
                }
                case "connect" -> into.add(new NestedWrite.Connect(field, uniqueFilters(related, value)));
                case "connectOrCreate" -> into.add(new NestedWrite.ConnectOrCreate(field, Values.items(value).stream()
                        .map(v -> (ParsedValue.MapValue) v)
                        .map(m -> new NestedWrite.WhereAndCreate(FilterBuilder.where(related, m.get("where")),
                                create(related, m.get("create")))).toList()));
                case "disconnect" -> {
                    List<Filter> wheres = toOneOrMany(field, related, value);
                    if (wheres != null) {
                        into.add(new NestedWrite.Disconnect(field, wheres));
                    }
                }
                case "delete" -> {
                    List<Filter> wheres = toOneOrMany(field, related, value);
                    if (wheres != null) {
                        into.add(new NestedWrite.Delete(field, wheres));
                    }
                }
                case "set" -> into.add(new NestedWrite.Set(field, uniqueFilters(related, value)));
                case "update" -> into.add(new NestedWrite.Update(field, updates(field, related, value)));
                case "updateMany" -> into.add(new NestedWrite.UpdateMany(field, Values.items(value).stream()
                        .map(v -> (ParsedValue.MapValue) v)
                        .map(m -> new NestedWrite.WhereAndData(FilterBuilder.where(related, m.get("where")),
                                update(related, m.get("data")))).toList()));
                case "upsert" -> into.add(new NestedWrite.Upsert(field, Values.items(value).stream()
                        .map(v -> (ParsedValue.MapValue) v)
                        .map(m -> new NestedWrite.UpsertItem(FilterBuilder.where(related, m.get("where")),
                                create(related, m.get("create")), update(related, m.get("update")))).toList()));
                case "deleteMany" -> into.add(new NestedWrite.DeleteMany(field, Values.items(value).stream()
                        .map(v -> FilterBuilder.where(related, v)).toList()));
                default -> throw new IllegalStateException("unexpected nested write " + entry.getKey());
            }
        }
    }

    private static List<Filter> uniqueFilters(Model related, ParsedValue value) {
        return Values.items(value).stream().map(v -> FilterBuilder.where(related, v)).toList();
    }

    /** to-many: unique filters; to-one: {@code true} (the linked record), {@code false} (nothing) or a filter. */
    private static List<Filter> toOneOrMany(RelationField field, Model related, ParsedValue value) {
        if (field.isList()) {
            return uniqueFilters(related, value);
        }
        Object plain = value instanceof ParsedValue.MapValue ? null : Values.plain(value);
        if (Boolean.FALSE.equals(plain)) {
            return null;
        }
        if (Boolean.TRUE.equals(plain)) {
            return List.of(Filter.all());
        }
        return List.of(FilterBuilder.where(related, value));
    }

    private static List<NestedWrite.WhereAndData> updates(RelationField field, Model related, ParsedValue value) {
        List<NestedWrite.WhereAndData> items = new ArrayList<>();
        if (field.isList()) {
            for (ParsedValue item : Values.items(value)) {
                ParsedValue.MapValue map = (ParsedValue.MapValue) item;
                items.add(new NestedWrite.WhereAndData(FilterBuilder.where(related, map.get("where")),
                        update(related, map.get("data"))));
            }
            return items;
        }
        ParsedValue.MapValue map = (ParsedValue.MapValue) value;
        if (map.type().tag() == InputObjectType.Tag.NESTED_TO_ONE_UPDATE_ENVELOPE) {
            items.add(new NestedWrite.WhereAndData(FilterBuilder.where(related, map.get("where")),
                    update(related, map.get("data"))));
        } else {
            items.add(new NestedWrite.WhereAndData(Filter.all(), update(related, map)));
        }
        return items;
    }
}
