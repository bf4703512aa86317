package io.prisma4j.query.document;

import io.prisma4j.query.schema.EnumDef;
import io.prisma4j.query.schema.InputField;
import io.prisma4j.query.schema.InputObjectType;
import io.prisma4j.query.schema.InputType;
import io.prisma4j.query.schema.OutputField;
import io.prisma4j.query.schema.OutputObjectType;
import io.prisma4j.query.schema.QuerySchema;
import io.prisma4j.query.schema.ScalarKind;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a protocol query against the query schema the way Prisma's engine does: unknown arguments
 * first, then each argument in schema order; for a value with several possible types the first that
 * accepts it wins, and when none does the errors of all of them are kept (a union). Within an input
 * object, missing required fields are reported before the given fields are checked, then the
 * object's field-count constraints.
 */
public final class DocumentParser {
    private static final List<String> JSON_NULL_ENUMS = List.of(QuerySchema.JSON_NULL_VALUE_INPUT.name(),
            QuerySchema.NULLABLE_JSON_NULL_VALUE_INPUT.name(), QuerySchema.JSON_NULL_VALUE_FILTER.name());

    private DocumentParser() {
    }

    /** Validates a root field with its arguments and selection. */
    public static ParsedField parse(OutputField root, FieldQuery query) {
        return field(List.of(), root, query);
    }

    private static ParsedField field(List<String> selectionPath, OutputField field, FieldQuery query) {
        LinkedHashMap<String, ParsedValue> arguments = arguments(selectionPath, field, query.arguments());
        if (field.isScalar()) {
            return new ParsedField(field.name(), field, arguments, null);
        }
        ParsedField.ParsedSelection selection = selection(selectionPath, query.selection(), field.objectType());
        return new ParsedField(field.name(), field, arguments, selection);
    }

    private static LinkedHashMap<String, ParsedValue> arguments(List<String> selectionPath, OutputField field,
                                                                Map<String, ArgValue> given) {
        for (String name : given.keySet()) {
            if (field.arguments().stream().noneMatch(a -> a.name().equals(name))) {
                throw new ValidationException(new ValidationError.UnknownArgument(selectionPath, List.of(name),
                        field.arguments().stream().map(DocumentParser::describe).toList()));
            }
        }
        LinkedHashMap<String, ParsedValue> parsed = new LinkedHashMap<>();
        for (InputField argument : field.arguments()) {
            ArgValue value = given.get(argument.name());
            List<String> argumentPath = List.of(argument.name());
            if (value != null) {
                parsed.put(argument.name(), orThrow(value(selectionPath, argumentPath, value, argument.types())));
            } else if (argument.isRequired() && argument.name().equals("data")
                    && argument.types().get(0) instanceof InputType.Object) {
                // A create without data is checked as an empty data object: the first missing field is reported.
                parsed.put(argument.name(), orThrow(value(selectionPath, argumentPath,
                        new ArgValue.Obj(new LinkedHashMap<>()), argument.types())));
            } else if (argument.isRequired()) {
                throw new ValidationException(new ValidationError.RequiredArgumentMissing(selectionPath, argumentPath,
                        argument.types().stream().map(DocumentParser::describe).toList(), false));
            }
        }
        return parsed;
    }

    private static ParsedField.ParsedSelection selection(List<String> selectionPath, FieldQuery.Selection selection,
                                                         OutputObjectType type) {
        List<ParsedField> fields = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (selection.scalars()) {
            for (OutputField field : type.fields()) {
                if (field.isScalar() && !Boolean.FALSE.equals(selection.fields().get(field.name()))) {
                    fields.add(new ParsedField(field.name(), field, new LinkedHashMap<>(), null));
                    seen.add(field.name());
                }
            }
        }
        for (Map.Entry<String, Object> entry : selection.fields().entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            List<String> path = append(selectionPath, name);
            OutputField field = type.field(name).orElse(null);
            if (field == null) {
                if (Boolean.FALSE.equals(value) && "omit".equals(selection.origin(name))) {
                    throw new ValidationException(new ValidationError.UnknownSelectionField(path, describe(type), "omit"));
                }
                throw new ValidationException(new ValidationError.UnknownSelectionField(path, describe(type),
                        selection.origin(name)));
            }
            if (Boolean.FALSE.equals(value) || seen.contains(name)) {
                continue;
            }
            seen.add(name);
            if (Boolean.TRUE.equals(value)) {
                if (field.isScalar()) {
                    fields.add(new ParsedField(name, field, new LinkedHashMap<>(), null));
                } else {
                    fields.add(field(path, field, new FieldQuery(new LinkedHashMap<>(), FieldQuery.Selection.allScalars())));
                }
            } else {
                FieldQuery nested = (FieldQuery) value;
                if (field.isScalar() && (!nested.selection().fields().isEmpty())) {
                    throw new ValidationException(new ValidationError.SelectionSetOnScalar(path, name));
                }
                fields.add(field(path, field, nested));
            }
        }
        if (fields.isEmpty()) {
            throw new ValidationException(new ValidationError.EmptySelection(selectionPath, describe(type)));
        }
        return new ParsedField.ParsedSelection(type, fields);
    }

    /** The outcome of trying one value against types: a parsed value or the reason it failed. */
    private record Result(ParsedValue value, ValidationError error) {
        static Result ok(ParsedValue value) {
            return new Result(value, null);
        }

        static Result fail(ValidationError error) {
            return new Result(null, error);
        }
    }

    private static ParsedValue orThrow(Result result) {
        if (result.error() != null) {
            throw new ValidationException(result.error());
        }
        return result.value();
    }

    private static Result value(List<String> selectionPath, List<String> argumentPath, ArgValue value,
                                List<InputType> types) {
        List<ValidationError> failures = new ArrayList<>();
        for (InputType type : types) {
            Result result = valueAs(selectionPath, argumentPath, value, type);
            if (result.error() == null) {
                return result;
            }
            failures.add(result.error());
        }
        if (failures.size() == 1) {
            return Result.fail(failures.get(0));
        }
        return Result.fail(new ValidationError.Union(selectionPath, failures));
    }

    private static Result valueAs(List<String> selectionPath, List<String> argumentPath, ArgValue value,
                                  InputType type) {
        String argumentName = argumentPath.isEmpty() ? "" : argumentPath.get(argumentPath.size() - 1);
        // Json accepts any JSON-shaped value (the protocol sends Json values deserialized).
        if (type instanceof InputType.Scalar scalar && scalar.kind() == ScalarKind.JSON && jsonShaped(value)) {
            return Result.ok(new ParsedValue.Scalar(new ParsedValue.JsonText(JsonValues.toJson(value))));
        }
        if (value instanceof ArgValue.Null) {
            if (type.isNull()) {
                return Result.ok(new ParsedValue.Scalar(null));
            }
            return Result.fail(new ValidationError.RequiredArgumentMissing(selectionPath, argumentPath,
                    List.of(describe(type)), true));
        }
        if (value instanceof ArgValue.Arr array) {
            if (type instanceof InputType.ListOf list) {
                List<ParsedValue> items = new ArrayList<>();
                for (ArgValue item : array.items()) {
                    Result result = value(selectionPath, argumentPath, item, List.of(list.element()));
                    if (result.error() != null) {
                        return result;
                    }
                    items.add(result.value());
                }
                return Result.ok(new ParsedValue.ListValue(items));
            }
            return invalidType(selectionPath, argumentPath, argumentName, type, value);
        }
        if (value instanceof ArgValue.Obj || value instanceof ArgValue.FieldRef) {
            if (type instanceof InputType.Object object) {
                return object(selectionPath, argumentPath, value, object.type());
            }
            return invalidType(selectionPath, argumentPath, argumentName, type, value);
        }
        if (type instanceof InputType.Scalar scalar) {
            return scalar(selectionPath, argumentPath, argumentName, value, scalar.kind(), type);
        }
        if (type instanceof InputType.Enum enumType) {
            return enumValue(selectionPath, argumentPath, argumentName, value, enumType.def(), type);
        }
        return invalidType(selectionPath, argumentPath, argumentName, type, value);
    }

    private static boolean jsonShaped(ArgValue value) {
        return !(value instanceof ArgValue.Null) && !(value instanceof ArgValue.EnumConst)
                && !(value instanceof ArgValue.FieldRef);
    }

    private static Result invalidType(List<String> selectionPath, List<String> argumentPath, String argumentName,
                                      InputType type, ArgValue value) {
        return Result.fail(new ValidationError.InvalidArgumentType(selectionPath, argumentPath,
                new ValidationError.ArgumentDescription(argumentName, List.of(type.typeName())), value.typeName()));
    }

    private static Result invalidValue(List<String> selectionPath, List<String> argumentPath, String argumentName,
                                       String expected, String underlying) {
        return Result.fail(new ValidationError.InvalidArgumentValue(selectionPath, argumentPath,
                new ValidationError.ArgumentDescription(argumentName, List.of(expected)), underlying));
    }

    private static Result enumValue(List<String> selectionPath, List<String> argumentPath, String argumentName,
                                    ArgValue value, EnumDef def, InputType type) {
        boolean jsonNullEnum = JSON_NULL_ENUMS.contains(def.name());
        String raw;
        if (value instanceof ArgValue.EnumConst constant) {
            raw = constant.name();
        } else if (value instanceof ArgValue.Str s && !jsonNullEnum) {
            raw = s.value();
        } else if (value instanceof ArgValue.Bool b && !jsonNullEnum) {
            raw = Boolean.toString(b.value());
        } else {
            return invalidType(selectionPath, argumentPath, argumentName, type, value);
        }
        if (!def.accepts(raw)) {
            return invalidValue(selectionPath, argumentPath, argumentName, def.name(), null);
        }
        return Result.ok(new ParsedValue.EnumValue(raw));
    }

    private static Result scalar(List<String> selectionPath, List<String> argumentPath, String argumentName,
                                 ArgValue value, ScalarKind kind, InputType type) {
        switch (kind) {
            case STRING -> {
                if (value instanceof ArgValue.Str s) {
                    return Result.ok(new ParsedValue.Scalar(s.value()));
                }
            }
            case BOOLEAN -> {
                if (value instanceof ArgValue.Bool b) {
                    return Result.ok(new ParsedValue.Scalar(b.value()));
                }
            }
            case INT -> {
                if (value instanceof ArgValue.Int i) {
                    return Result.ok(new ParsedValue.Scalar(i.value()));
                }
                if (value instanceof ArgValue.Float f) {
                    return toLong(selectionPath, argumentPath, argumentName, BigDecimal.valueOf(f.value()));
                }
                if (value instanceof ArgValue.Decimal d) {
                    return toLong(selectionPath, argumentPath, argumentName, d.value());
                }
            }
            case BIGINT -> {
                if (value instanceof ArgValue.Int i) {
                    return Result.ok(new ParsedValue.Scalar(i.value()));
                }
                if (value instanceof ArgValue.BigInt b) {
                    if (b.value().bitLength() > 63) {
                        return Result.fail(new ValidationError.ValueTooLarge(selectionPath, argumentPath, argumentName,
                                b.value().toString()));
                    }
                    return Result.ok(new ParsedValue.Scalar(b.value().longValue()));
                }
                if (value instanceof ArgValue.Str s) {
                    try {
                        return Result.ok(new ParsedValue.Scalar(Long.parseLong(s.value())));
                    } catch (NumberFormatException e) {
                        return invalidValue(selectionPath, argumentPath, argumentName, "big integer String",
                                rustParseIntError(s.value()));
                    }
                }
            }
            case FLOAT -> {
                if (value instanceof ArgValue.Float f) {
                    return Result.ok(new ParsedValue.Scalar(f.value()));
                }
                if (value instanceof ArgValue.Int i) {
                    return Result.ok(new ParsedValue.Scalar((double) i.value()));
                }
                if (value instanceof ArgValue.Decimal d) {
                    return Result.ok(new ParsedValue.Scalar(d.value().doubleValue()));
                }
            }
            case DECIMAL -> {
                if (value instanceof ArgValue.Decimal d) {
                    return Result.ok(new ParsedValue.Scalar(d.value()));
                }
                if (value instanceof ArgValue.Int i) {
                    return Result.ok(new ParsedValue.Scalar(BigDecimal.valueOf(i.value())));
                }
                if (value instanceof ArgValue.Float f) {
                    return Result.ok(new ParsedValue.Scalar(new BigDecimal(Double.toString(f.value()))));
                }
                if (value instanceof ArgValue.Str s) {
                    try {
                        return Result.ok(new ParsedValue.Scalar(new BigDecimal(s.value().strip())));
                    } catch (NumberFormatException e) {
                        return invalidValue(selectionPath, argumentPath, argumentName, "decimal String",
                                rustParseIntError(s.value()));
                    }
                }
            }
            case DATETIME -> {
                if (value instanceof ArgValue.DateTime d) {
                    return Result.ok(new ParsedValue.Scalar(d.value()));
                }
                if (value instanceof ArgValue.Str s) {
                    try {
                        return Result.ok(new ParsedValue.Scalar(DateTimes.parse(s.value())));
                    } catch (DateTimes.DateTimeParseError e) {
                        return invalidValue(selectionPath, argumentPath, argumentName, "ISO-8601 DateTime",
                                e.getMessage());
                    }
                }
            }
            case BYTES -> {
                if (value instanceof ArgValue.Bytes b) {
                    return Result.ok(new ParsedValue.Scalar(b.value()));
                }
                if (value instanceof ArgValue.Str s) {
                    try {
                        return Result.ok(new ParsedValue.Scalar(Base64.getDecoder().decode(s.value())));
                    } catch (IllegalArgumentException e) {
                        return invalidValue(selectionPath, argumentPath, argumentName, "base64 String",
                                e.getMessage());
                    }
                }
            }
            case JSON -> {
                // JSON-shaped values were accepted above; only the Json null enums reach here.
            }
            case UUID -> {
                if (value instanceof ArgValue.Str s) {
                    return Result.ok(new ParsedValue.Scalar(s.value()));
                }
            }
            case NULL -> {
            }
        }
        return invalidType(selectionPath, argumentPath, argumentName, type, value);
    }

    private static Result toLong(List<String> selectionPath, List<String> argumentPath, String argumentName,
                                 BigDecimal value) {
        BigInteger integer = value.toBigInteger();
        if (integer.bitLength() > 63) {
            return Result.fail(new ValidationError.ValueTooLarge(selectionPath, argumentPath, argumentName,
                    value.toPlainString()));
        }
        return Result.ok(new ParsedValue.Scalar(integer.longValue()));
    }

    /** The message Rust's integer parser gives, which Prisma's decimal and BigInt parsers pass on. */
    private static String rustParseIntError(String text) {
        return text.isEmpty() ? "cannot parse integer from empty string" : "invalid digit found in string";
    }

    private static Result object(List<String> selectionPath, List<String> argumentPath, ArgValue value,
                                 InputObjectType type) {
        if (type.tag() == InputObjectType.Tag.FIELD_REF) {
            if (value instanceof ArgValue.FieldRef ref) {
                return Result.ok(new ParsedValue.FieldRefValue(ref.field()));
            }
            ArgValue.Obj obj = (ArgValue.Obj) value;
            if (obj.fields().get("_ref") instanceof ArgValue.Str ref) {
                return Result.ok(new ParsedValue.FieldRefValue(ref.value()));
            }
        }
        if (!(value instanceof ArgValue.Obj obj)) {
            return Result.fail(new ValidationError.InvalidArgumentType(selectionPath, argumentPath,
                    new ValidationError.ArgumentDescription(last(argumentPath), List.of(type.name())), value.typeName()));
        }
        LinkedHashMap<String, ParsedValue> defaults = new LinkedHashMap<>();
        for (InputField field : type.fields()) {
            if (obj.fields().containsKey(field.name())) {
                continue;
            }
            if (field.defaultValue() != null) {
                defaults.put(field.name(), new ParsedValue.EnumValue(field.defaultValue().toString()));
            } else if (field.isRequired()) {
                return Result.fail(new ValidationError.RequiredArgumentMissing(selectionPath,
                        append(argumentPath, field.name()),
                        field.types().stream().map(DocumentParser::describe).toList(), false));
            }
        }
        LinkedHashMap<String, ParsedValue> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, ArgValue> entry : obj.fields().entrySet()) {
            InputField field = type.field(entry.getKey()).orElse(null);
            List<String> fieldPath = append(argumentPath, entry.getKey());
            if (field == null) {
                return Result.fail(new ValidationError.UnknownInputField(selectionPath, fieldPath, describe(type)));
            }
            Result result = value(selectionPath, fieldPath, entry.getValue(), field.types());
            if (result.error() != null) {
                return result;
            }
            parsed.put(entry.getKey(), result.value());
        }
        parsed.putAll(defaults);
        int count;
        if (type.constrainedFields() != null) {
            count = (int) type.constrainedFields().stream().filter(parsed::containsKey).count();
        } else {
            count = parsed.size();
        }
        if (type.maxFields() != null && count > type.maxFields()) {
            return Result.fail(new ValidationError.TooManyFieldsGiven(selectionPath, argumentPath, describe(type),
                    type.minFields() == null ? 0 : type.minFields(), type.maxFields(), List.copyOf(obj.fields().keySet())));
        }
        if (type.minFields() != null && count < type.minFields()) {
            return Result.fail(new ValidationError.SomeFieldsMissing(selectionPath, argumentPath, describe(type),
                    type.minFields(), type.constrainedFields()));
        }
        return Result.ok(new ParsedValue.MapValue(type, parsed));
    }

    // ---- descriptions for messages ----

    static ValidationError.ArgumentDescription describe(InputField field) {
        return new ValidationError.ArgumentDescription(field.name(), field.typeNames());
    }

    static ValidationError.InputTypeDescription describe(InputObjectType type) {
        return new ValidationError.InputTypeDescription(type.name(), true,
                type.fields().stream().map(DocumentParser::describe).toList());
    }

    static ValidationError.InputTypeDescription describe(InputType type) {
        if (type instanceof InputType.Object object) {
            return describe(object.type());
        }
        return new ValidationError.InputTypeDescription(type.typeName(), false, List.of());
    }

    static ValidationError.OutputTypeDescription describe(OutputObjectType type) {
        return new ValidationError.OutputTypeDescription(type.name(), type.fields().stream()
                .map(f -> new ValidationError.OutputFieldDescription(f.name(),
                        f.objectType() == null ? "" : f.objectType().name(), f.isRelation())).toList());
    }

    /** The path one segment deeper; built for every argument parsed, so with a single copy. */
    static List<String> append(List<String> path, String segment) {
        String[] result = path.toArray(new String[path.size() + 1]);
        result[path.size()] = segment;
        return Collections.unmodifiableList(Arrays.asList(result));
    }

    private static String last(List<String> path) {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }
}
