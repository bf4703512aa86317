package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.diagnostics.DefaultMessages;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.model.ScalarType;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code @default(...)} on model and composite type fields: the value must fit the field's type (a
 * literal of the right kind, a member of the enum, a list for list fields) and generator functions
 * must be used on the types they produce, with valid arguments.
 */
final class DefaultAttributes {
    private static final Set<String> KNOWN_FUNCTIONS = Set.of("autoincrement", "ulid", "cuid", "dbgenerated",
            "nanoid", "now", "uuid", "auto");

    private final AttributeVisitor visitor;
    private final SchemaDb db;

    DefaultAttributes(AttributeVisitor visitor, SchemaDb db) {
        this.visitor = visitor;
        this.db = db;
    }

    /** The current attribute is {@code @default} on a model scalar field. */
    void modelField(ScalarFieldInfo field) {
        Expression value = visitor.defaultArgument("value");
        if (value == null) {
            return;
        }
        Attribute attribute = visitor.current();
        String mappedName = mappedName();
        Runnable accept = () -> field.defaultValue = new DefaultInfo(attribute, value, mappedName);
        if (value instanceof Expression.FunctionCall call && call.name().equals("dbgenerated")) {
            dbGenerated(call.arguments().arguments(), accept);
            return;
        }
        byKind(field, value, accept, type -> modelBuiltIn(field, type, value, mappedName, accept),
                DefaultMessages::onlyDbGeneratedForUnsupported);
    }

    /** The current attribute is {@code @default} on a composite type field. */
    void compositeField(CompositeFieldInfo field) {
        Expression value = visitor.defaultArgument("value");
        if (value == null) {
            return;
        }
        Attribute attribute = visitor.current();
        if (visitor.optionalArgument("map") != null) {
            visitor.error(DefaultMessages.mapOnCompositeField(attribute));
        }
        Runnable accept = () -> field.defaultValue = new DefaultInfo(attribute, value, null);
        if (value instanceof Expression.FunctionCall call && call.name().equals("dbgenerated")) {
            visitor.error(DefaultMessages.dbGeneratedOnCompositeField(attribute));
            return;
        }
        byKind(field, value, accept, type -> compositeBuiltIn(type, value, field.arity(), accept),
                DefaultMessages::unsupportedCompositeField);
    }

    /**
     * Checks the default by the field's type: none on a composite-typed field, a member of an enum, the
     * built-in type's rules ({@code builtIn}); an {@code Unsupported} field is reported with {@code unsupported}.
     */
    private void byKind(ScalarValued field, Expression value, Runnable accept,
                        Consumer<ScalarType> builtIn, Function<Attribute, Diagnostic> unsupported) {
        Attribute attribute = visitor.current();
        ScalarKind kind = field.kind();
        if (kind instanceof ScalarKind.Composite composite) {
            visitor.error(DefaultMessages.defaultOnCompositeTypedField(composite.type().name(), field.name(),
                    attribute.span()));
        } else if (kind instanceof ScalarKind.Enum enumKind) {
            enumDefault(value, enumKind.enumInfo(), field.arity(), accept);
        } else if (kind instanceof ScalarKind.BuiltIn builtInKind) {
            builtIn.accept(builtInKind.type());
        } else {
            visitor.error(unsupported.apply(attribute));
        }
    }

    private String mappedName() {
        Expression map = visitor.optionalArgument("map");
        String name = map == null ? null : Coerce.string(map, visitor.diagnostics());
        if ("".equals(name)) {
            visitor.error(io.prisma4j.schema.diagnostics.AttributeMessages.emptyMap(visitor.current()));
            return null;
        }
        return name;
    }

    private void modelBuiltIn(ScalarFieldInfo field, ScalarType type, Expression value, String mappedName,
                              Runnable accept) {
        Attribute attribute = visitor.current();
        if (value instanceof Expression.FunctionCall call) {
            String name = call.name();
            List<Argument> args = call.arguments().arguments();
            if (name.equals("autoincrement") && mappedName != null) {
                visitor.error(DefaultMessages.namedAutoincrement(attribute));
            } else if (name.equals("autoincrement") && (type == ScalarType.INT || type == ScalarType.BIGINT)) {
                noArguments(name, args, accept);
            } else if (!stringOrTimeFunction(type, name, args, accept)) {
                if (name.equals("nanoid") && type == ScalarType.STRING) {
                    nanoid(args, accept);
                } else if (name.equals("auto")) {
                    if (args.isEmpty()) {
                        accept.run();
                    } else {
                        visitor.error(DefaultMessages.autoTakesNoArguments(attribute));
                    }
                } else if (!KNOWN_FUNCTIONS.contains(name)) {
                    db.unknownFunctionDefaults.add(field);
                    accept.run();
                } else {
                    visitor.error(DefaultMessages.functionOnWrongType(attribute, name, type.prismaName()));
                }
            }
            return;
        }
        literal(type, value, field.arity(), accept);
    }

    private void compositeBuiltIn(ScalarType type, Expression value, FieldArity arity, Runnable accept) {
        Attribute attribute = visitor.current();
        if (value instanceof Expression.FunctionCall call) {
            String name = call.name();
            if (stringOrTimeFunction(type, name, call.arguments().arguments(), accept)) {
                return;
            }
            if (name.equals("autoincrement") || name.equals("auto")) {
                visitor.error(DefaultMessages.functionOnCompositeField(attribute, name));
            } else if (!KNOWN_FUNCTIONS.contains(name)) {
                visitor.error(DefaultMessages.unknownFunction(name, call.span()));
            } else {
                visitor.error(DefaultMessages.functionOnWrongType(attribute, name, type.prismaName()));
            }
            return;
        }
        literal(type, value, arity, accept);
    }

    /** ulid(), cuid(), uuid() on String and now() on DateTime; {@code false} when none applies. */
    private boolean stringOrTimeFunction(ScalarType type, String name, List<Argument> args, Runnable accept) {
        if (type == ScalarType.STRING && name.equals("ulid")) {
            noArguments(name, args, accept);
        } else if (type == ScalarType.STRING && name.equals("cuid")) {
            versionArgument(name, args, List.of(1, 2), accept);
        } else if (type == ScalarType.STRING && name.equals("uuid")) {
            versionArgument(name, args, List.of(4, 7), accept);
        } else if (type == ScalarType.DATETIME && name.equals("now")) {
            noArguments("now", args, accept);
        } else {
            return false;
        }
        return true;
    }

    private void literal(ScalarType type, Expression value, FieldArity arity, Runnable accept) {
        if (arity.isList()) {
            if (!(value instanceof Expression.ArrayValue array)) {
                visitor.error(DefaultMessages.notAListOnListField(visitor.current()));
                return;
            }
            // Like Prisma, stop at the first element that does not fit.
            for (Expression element : array.values()) {
                if (!scalarLiteral(type, element)) {
                    return;
                }
            }
            accept.run();
        } else if (value instanceof Expression.ArrayValue) {
            visitor.error(DefaultMessages.listOnSingularField(visitor.current()));
        } else if (scalarLiteral(type, value)) {
            accept.run();
        }
    }

    /** Whether {@code value} is a literal of {@code type}; reports when it is not. */
    private boolean scalarLiteral(ScalarType type, Expression value) {
        boolean fits = switch (type) {
            case STRING, JSON, BYTES, DATETIME -> value instanceof Expression.StringValue;
            case INT, BIGINT, FLOAT -> value instanceof Expression.NumericValue;
            case DECIMAL -> value instanceof Expression.NumericValue || value instanceof Expression.StringValue;
            case BOOLEAN -> value instanceof Expression.ConstantValue;
        };
        if (!fits) {
            visitor.error(DefaultMessages.wrongLiteralType(visitor.current(), type.prismaName(),
                    ExpressionText.render(value)));
            return false;
        }
        if (value instanceof Expression.ConstantValue constant
                && !constant.value().equals("true") && !constant.value().equals("false")) {
            visitor.error(DefaultMessages.booleanLiteral(constant.span()));
            return false;
        }
        return true;
    }

    private void enumDefault(Expression value, EnumInfo enumInfo, FieldArity arity, Runnable accept) {
        if (!arity.isList()) {
            if (enumValue(value, enumInfo)) {
                accept.run();
            }
            return;
        }
        if (value instanceof Expression.ArrayValue array) {
            for (Expression element : array.values()) {
                if (!enumValue(element, enumInfo)) {
                    return;
                }
            }
            accept.run();
        } else {
            visitor.error(DefaultMessages.expectedEnumValue(visitor.current(), ExpressionText.render(value)));
        }
    }

    private boolean enumValue(Expression value, EnumInfo enumInfo) {
        if (value instanceof Expression.ConstantValue constant) {
            if (enumInfo.hasValue(constant.value())) {
                return true;
            }
            visitor.error(DefaultMessages.notAnEnumValue(visitor.current(), constant.value()));
            return false;
        }
        visitor.error(DefaultMessages.expectedEnumValue(visitor.current(), ExpressionText.render(value)));
        return false;
    }

    private void noArguments(String function, List<Argument> args, Runnable accept) {
        if (args.isEmpty()) {
            accept.run();
        } else {
            visitor.error(DefaultMessages.functionTakesNoArgument(visitor.current(), function));
        }
    }

    private void dbGenerated(List<Argument> args, Runnable accept) {
        Attribute attribute = visitor.current();
        if (args.size() > 1) {
            visitor.error(DefaultMessages.dbGeneratedTakesAString(attribute));
        }
        Expression first = args.isEmpty() ? null : args.get(0).value();
        if (first instanceof Expression.StringValue s && s.value().isEmpty()) {
            visitor.error(DefaultMessages.dbGeneratedEmptyString(attribute));
        } else if (first == null || first instanceof Expression.StringValue) {
            accept.run();
        } else {
            visitor.error(DefaultMessages.dbGeneratedTakesAString(attribute));
        }
    }

    /** uuid(4|7), cuid(1|2): an optional version number. */
    private void versionArgument(String function, List<Argument> args, List<Integer> valid, Runnable accept) {
        Attribute attribute = visitor.current();
        if (args.size() > 1) {
            visitor.error(DefaultMessages.takesASingleInt(attribute, function));
        }
        Expression first = args.isEmpty() ? null : args.get(0).value();
        if (first instanceof Expression.NumericValue number) {
            Integer version = unsignedByte(number.text());
            if (version != null && valid.contains(version)) {
                accept.run();
            } else {
                visitor.error(DefaultMessages.versionArgument(attribute, function,
                        valid.get(0) + " or " + valid.get(1)));
            }
        } else if (first == null) {
            accept.run();
        } else {
            visitor.error(DefaultMessages.takesASingleInt(attribute, function));
        }
    }

    private void nanoid(List<Argument> args, Runnable accept) {
        Attribute attribute = visitor.current();
        if (args.size() > 1) {
            visitor.error(DefaultMessages.takesASingleInt(attribute, "nanoid"));
        }
        Expression first = args.isEmpty() ? null : args.get(0).value();
        if (first instanceof Expression.NumericValue number) {
            Integer length = unsignedByte(number.text());
            if (length != null && length >= 2) {
                accept.run();
            } else {
                visitor.error(DefaultMessages.nanoidLength(attribute));
            }
        } else if (first == null) {
            accept.run();
        } else {
            visitor.error(DefaultMessages.takesASingleInt(attribute, "nanoid"));
        }
    }

    /** Parses like Rust's {@code u8}: 0 to 255, digits only. */
    private static Integer unsignedByte(String text) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value <= 255 ? value : null;
    }
}
