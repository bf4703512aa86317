package io.prisma4j.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prisma4j.query.document.FieldReference;
import io.prisma4j.query.document.JsonNullValue;
import io.prisma4j.query.document.ValidationError;
import io.prisma4j.query.document.ValidationMessages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The call's arguments as Prisma prints them above a validation error: the offending key or value
 * underlined with {@code ~}, the options the error suggests on lines marked {@code ?}, and a missing
 * argument on lines marked {@code +}. The tree mirrors the arguments; {@link #apply} marks it.
 */
final class ArgumentsTree {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int INDENT = 2;

    private ArgumentsTree() {
    }

    /** The arguments as printed, marked for {@code error} when it is given. */
    static String render(Object args, ValidationError error) {
        ObjectValue root = object(args instanceof Map<?, ?> map ? map : Map.of());
        if (error != null) {
            apply(ValidationMessages.effective(error), root);
        }
        Writer writer = new Writer();
        root.write(writer);
        return writer.text();
    }

    // ---- marking ----

    private static void apply(ValidationError error, ObjectValue root) {
        if (error instanceof ValidationError.MutuallyExclusiveFields e) {
            if (root.subSelection(e.selectionPath()) instanceof ObjectValue object) {
                object.markKey(e.firstField());
                object.markKey(e.secondField());
            }
        } else if (error instanceof ValidationError.IncludeOnScalar e) {
            ObjectValue selection = root.selectionParent(parent(e.selectionPath()));
            if (selection != null) {
                selection.markKey(last(e.selectionPath()));
                for (ValidationError.OutputFieldDescription field : e.outputType().fields()) {
                    if (field.relation()) {
                        selection.suggest(field.name(), "true");
                    }
                }
            }
        } else if (error instanceof ValidationError.EmptySelection e) {
            ObjectValue selection = root.selectionParent(e.selectionPath());
            if (selection != null) {
                selection.fields.clear();
                suggestSelection(selection, e.outputType());
            }
        } else if (error instanceof ValidationError.UnknownSelectionField e) {
            ObjectValue selection = root.selectionParent(parent(e.selectionPath()));
            if (selection != null) {
                selection.markKey(last(e.selectionPath()));
                suggestSelection(selection, e.outputType());
            }
        } else if (error instanceof ValidationError.UnknownArgument e) {
            if (root.subSelection(e.selectionPath()) instanceof ObjectValue selection) {
                selection.markKey(e.argumentPath().get(0));
                for (ValidationError.ArgumentDescription argument : e.arguments()) {
                    selection.suggestIfAbsent(argument.name(), String.join(" | ", argument.typeNames()));
                }
            }
        } else if (error instanceof ValidationError.UnknownInputField e) {
            if (root.subSelection(e.selectionPath()) instanceof ObjectValue selection) {
                Field field = selection.deepField(e.argumentPath());
                if (field != null) {
                    field.keyError = true;
                }
                if (selection.deepValue(parent(e.argumentPath())) instanceof ObjectValue parent) {
                    suggestInput(parent, e.inputType());
                }
            }
        } else if (error instanceof ValidationError.RequiredArgumentMissing e) {
            if (root.subSelection(e.selectionPath()) instanceof ObjectValue selection
                    && selection.deepValue(parent(e.argumentPath())) instanceof ObjectValue parent) {
                String name = last(e.argumentPath());
                parent.fields.remove(name);
                List<ValidationError.InputTypeDescription> types = e.inputTypes();
                if (types.size() == 1 && types.get(0).object()) {
                    List<String[]> fields = new ArrayList<>();
                    for (ValidationError.ArgumentDescription field : types.get(0).fields()) {
                        fields.add(new String[]{field.name(), String.join(" | ", field.typeNames())});
                    }
                    parent.suggestions.add(new Suggestion(name, null, fields, true));
                } else {
                    parent.suggestions.add(new Suggestion(name,
                            String.join(" | ", types.stream().map(ValidationError.InputTypeDescription::name).toList()),
                            null, true));
                }
            }
        } else if (error instanceof ValidationError.SomeFieldsMissing e) {
            if (root.subSelection(e.selectionPath()) instanceof ObjectValue selection
                    && selection.deepValue(e.argumentPath()) instanceof ObjectValue argument) {
                suggestInput(argument, e.inputType());
            }
        } else if (error instanceof ValidationError.TooManyFieldsGiven e) {
            if (root.subSelection(e.selectionPath()) instanceof ObjectValue selection
                    && selection.deepValue(e.argumentPath()) instanceof ObjectValue argument) {
                argument.error = true;
            }
        } else if (!error.argumentPath().isEmpty()) {
            // A value of the wrong type, out of range or invalid: underline the value.
            if (root.subSelection(error.selectionPath()) instanceof ObjectValue selection) {
                Value value = selection.deepValue(error.argumentPath());
                if (value != null) {
                    value.error = true;
                }
            }
        }
    }

    private static void suggestSelection(ObjectValue selection, ValidationError.OutputTypeDescription type) {
        for (ValidationError.OutputFieldDescription field : type.fields()) {
            selection.suggestIfAbsent(field.name(), "true");
        }
    }

    private static void suggestInput(ObjectValue parent, ValidationError.InputTypeDescription type) {
        if (!type.object()) {
            return;
        }
        for (ValidationError.ArgumentDescription field : type.fields()) {
            parent.suggestIfAbsent(field.name(), String.join(" | ", field.typeNames()));
        }
    }

    private static List<String> parent(List<String> path) {
        return path.isEmpty() ? path : path.subList(0, path.size() - 1);
    }

    private static String last(List<String> path) {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    // ---- the tree ----

    private static ObjectValue object(Map<?, ?> map) {
        ObjectValue object = new ObjectValue();
        map.forEach((key, value) -> object.fields.put(String.valueOf(key), new Field(String.valueOf(key), value(value))));
        return object;
    }

    private static Value value(Object value) {
        if (value instanceof Map<?, ?> map) {
            return object(map);
        }
        if (value instanceof Collection<?> list) {
            ArrayValue array = new ArrayValue();
            list.forEach(item -> array.items.add(value(item)));
            return array;
        }
        return new Scalar(scalar(value));
    }

    /** A value as JavaScript code would write it (the form Prisma prints). */
    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            try {
                return JSON.writeValueAsString(text);
            } catch (JsonProcessingException e) {
                return '"' + text + '"';
            }
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return Double.isNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity";
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return "new Prisma.Decimal(\"" + decimal.toPlainString() + "\")";
        }
        if (value instanceof Instant instant) {
            return "new Date(\"" + ISO.format(instant) + "\")";
        }
        if (value instanceof byte[] bytes) {
            return "Buffer.alloc(" + bytes.length + ")";
        }
        if (value instanceof JsonNullValue nullValue) {
            return "Prisma." + nullValue.prismaName();
        }
        if (value instanceof FieldReference reference) {
            String model = reference.model();
            return "prisma." + (model.isEmpty() ? model : Character.toLowerCase(model.charAt(0)) + model.substring(1))
                    + ".$fields." + reference.field();
        }
        return String.valueOf(value);
    }

    private abstract static class Value {
        boolean error;

        abstract int width();

        abstract void write(Writer writer);
    }

    private static final class Scalar extends Value {
        final String text;

        Scalar(String text) {
            this.text = text;
        }

        @Override
        int width() {
            return text.length();
        }

        @Override
        void write(Writer writer) {
            writer.write(text, error);
        }
    }

    private static final class Field {
        final String name;
        final Value value;
        boolean keyError;

        Field(String name, Value value) {
            this.name = name;
            this.value = value;
        }

        int width() {
            return name.length() + 2 + value.width();
        }

        void write(Writer writer) {
            writer.write(name, keyError);
            writer.write(": ", false);
            value.write(writer);
        }
    }

    /** {@code name?: type} (an option) or {@code + name: type} (a missing argument, possibly an object). */
    private record Suggestion(String name, String type, List<String[]> fields, boolean required) {
        void write(Writer writer) {
            writer.margin(required ? '+' : '?');
            writer.write(name + (required ? "" : "?") + ": ", false);
            if (fields == null) {
                writer.write(type, false);
                return;
            }
            writer.write("{", false);
            writer.newLine();
            writer.indent++;
            for (int i = 0; i < fields.size(); i++) {
                writer.margin('+');
                writer.write(fields.get(i)[0] + ": " + fields.get(i)[1], false);
                if (i < fields.size() - 1) {
                    writer.write(",", false);
                }
                writer.newLine();
            }
            writer.indent--;
            writer.margin('+');
            writer.write("}", false);
        }
    }

    private static final class ObjectValue extends Value {
        final Map<String, Field> fields = new LinkedHashMap<>();
        final List<Suggestion> suggestions = new ArrayList<>();

        void markKey(String name) {
            Field field = fields.get(name);
            if (field != null) {
                field.keyError = true;
            }
        }

        void suggest(String name, String type) {
            suggestions.add(new Suggestion(name, type, null, false));
        }

        void suggestIfAbsent(String name, String type) {
            if (!fields.containsKey(name)) {
                suggest(name, type);
            }
        }

        Field deepField(List<String> path) {
            ObjectValue object = this;
            Field field = null;
            for (String segment : path) {
                if (object == null) {
                    return null;
                }
                field = object.fields.get(segment);
                if (field == null) {
                    return null;
                }
                object = field.value instanceof ObjectValue next ? next : null;
            }
            return field;
        }

        Value deepValue(List<String> path) {
            if (path.isEmpty()) {
                return this;
            }
            Field field = deepField(path);
            return field == null ? null : field.value;
        }

        /** The value of {@code select} or {@code include}, whichever is an object. */
        ObjectValue selection() {
            for (String key : List.of("select", "include")) {
                Field field = fields.get(key);
                if (field != null && field.value instanceof ObjectValue object) {
                    return object;
                }
            }
            return null;
        }

        /** The arguments object of a nested selection ({@code [posts, comments]}: what the comments are read with). */
        Value subSelection(List<String> path) {
            Value current = this;
            for (String segment : path) {
                ObjectValue selection = current instanceof ObjectValue object ? object.selection() : null;
                Field field = selection == null ? null : selection.fields.get(segment);
                if (field == null) {
                    return null;
                }
                current = field.value;
            }
            return current;
        }

        /** The {@code select}/{@code include} object the selection at {@code path} is made in. */
        ObjectValue selectionParent(List<String> path) {
            ObjectValue parent = selection();
            for (String segment : path) {
                if (parent == null) {
                    return null;
                }
                Field field = parent.fields.get(segment);
                parent = field != null && field.value instanceof ObjectValue next ? next.selection() : null;
            }
            return parent;
        }

        @Override
        int width() {
            int widest = 0;
            for (Field field : fields.values()) {
                widest = Math.max(widest, field.width());
            }
            return fields.isEmpty() ? 2 : widest + INDENT;
        }

        @Override
        void write(Writer writer) {
            if (fields.isEmpty() && suggestions.isEmpty()) {
                writer.write("{}", error);
                return;
            }
            writer.write("{", false);
            writer.newLine();
            writer.indent++;
            List<Runnable> entries = new ArrayList<>();
            fields.values().forEach(field -> entries.add(() -> field.write(writer)));
            suggestions.forEach(suggestion -> entries.add(() -> suggestion.write(writer)));
            for (int i = 0; i < entries.size(); i++) {
                entries.get(i).run();
                if (i < entries.size() - 1) {
                    writer.write(",", false);
                }
                writer.newLine();
            }
            writer.indent--;
            writer.write("}", false);
            if (error) {
                writer.underlineAfterNewline(writer.indent * INDENT, width());
            }
        }
    }

    private static final class ArrayValue extends Value {
        final List<Value> items = new ArrayList<>();

        @Override
        int width() {
            int widest = 0;
            for (Value item : items) {
                widest = Math.max(widest, item.width());
            }
            return items.isEmpty() ? 2 : widest + INDENT;
        }

        @Override
        void write(Writer writer) {
            if (items.isEmpty()) {
                writer.write("[]", error);
                return;
            }
            writer.write("[", false);
            writer.newLine();
            writer.indent++;
            for (int i = 0; i < items.size(); i++) {
                items.get(i).write(writer);
                if (i < items.size() - 1) {
                    writer.write(",", false);
                }
                writer.newLine();
            }
            writer.indent--;
            writer.write("]", false);
            if (error) {
                writer.underlineAfterNewline(writer.indent * INDENT, width());
            }
        }
    }

    /** Lines with indentation, a margin symbol per line, and an underline drawn under marked text on the next line. */
    private static final class Writer {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private char margin;
        private int underlineColumn = -1;
        private int underlineWidth;
        int indent;

        void write(String text, boolean underlined) {
            if (underlined) {
                underlineAfterNewline(indent * INDENT + line.length(), text.length());
            }
            line.append(text);
        }

        void margin(char symbol) {
            margin = symbol;
        }

        void underlineAfterNewline(int column, int width) {
            underlineColumn = column;
            underlineWidth = width;
        }

        void newLine() {
            lines.add(current());
            line.setLength(0);
            margin = 0;
            if (underlineColumn >= 0) {
                lines.add(" ".repeat(underlineColumn) + "~".repeat(underlineWidth));
                underlineColumn = -1;
            }
        }

        private String current() {
            String text = " ".repeat(indent * INDENT) + line;
            return margin != 0 && !text.isEmpty() ? margin + text.substring(1) : text;
        }

        String text() {
            List<String> all = new ArrayList<>(lines);
            all.add(current());
            return String.join("\n", all);
        }
    }
}
