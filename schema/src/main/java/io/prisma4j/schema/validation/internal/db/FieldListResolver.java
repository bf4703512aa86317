package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.diagnostics.AttributeMessages;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.Messages;
import io.prisma4j.schema.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves the field lists of {@code @relation(fields/references)}, {@code @@id}, {@code @@unique},
 * {@code @@index} and {@code @@fulltext} against a model. Unknown and relation fields are returned for
 * the caller to report in its own words; a field listed twice is reported here.
 */
final class FieldListResolver {
    /** PostgreSQL operator classes accepted by {@code ops:}. */
    private static final Set<String> OPERATOR_CLASSES = Set.of("InetOps", "JsonbOps", "JsonbPathOps", "ArrayOps",
            "TextOps", "BitMinMaxOps", "VarBitMinMaxOps", "BpcharBloomOps", "BpcharMinMaxOps", "ByteaBloomOps",
            "ByteaMinMaxOps", "DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps", "Float4BloomOps",
            "Float4MinMaxOps", "Float4MinMaxMultiOps", "Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps",
            "InetInclusionOps", "InetBloomOps", "InetMinMaxOps", "InetMinMaxMultiOps", "Int2BloomOps",
            "Int2MinMaxOps", "Int2MinMaxMultiOps", "Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps",
            "Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps", "NumericBloomOps", "NumericMinMaxOps",
            "NumericMinMaxMultiOps", "OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps", "TextBloomOps",
            "TextMinMaxOps", "TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps",
            "TimestampTzBloomOps", "TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps", "TimeBloomOps",
            "TimeMinMaxOps", "TimeMinMaxMultiOps", "TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps",
            "UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps");

    /**
     * The outcome of resolving a list: the fields, or the problems. {@code fields} is {@code null} when
     * resolution failed; {@code unknown} holds names as messages print them, {@code relations} the
     * names of non-scalar fields (with their declarations).
     */
    record Resolved<T>(List<T> fields, List<String> unknown, List<BlockItem.Field> relations) {
        boolean hasProblems() {
            return !unknown.isEmpty() || !relations.isEmpty();
        }

        static <T> Resolved<T> dealtWith() {
            return new Resolved<>(null, List.of(), List.of());
        }
    }

    private final Diagnostics diagnostics;

    FieldListResolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** {@code fields:}/{@code references:} of {@code @relation}: plain field names only. */
    Resolved<ScalarFieldInfo> plain(Expression values, Span attributeSpan, ModelInfo model) {
        List<String> names = Coerce.array(values, Coerce::constant, diagnostics);
        if (names == null) {
            return Resolved.dealtWith();
        }
        List<ScalarFieldInfo> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<BlockItem.Field> relations = new ArrayList<>();
        for (String name : names) {
            if (name.contains(".") || !model.declares(name)) {
                unknown.add(name);
                continue;
            }
            if (!(model.field(name) instanceof ScalarFieldInfo scalar)) {
                relations.add(model.namedFields.get(name));
                continue;
            }
            if (fields.contains(scalar)) {
                diagnostics.add(AttributeMessages.fieldUsedTwice(name, model.name(), attributeSpan));
                return Resolved.dealtWith();
            }
            fields.add(scalar);
        }
        return new Resolved<>(fields, unknown, relations);
    }

    /** Index and id field lists: names with options ({@code a(sort: Desc, length: 10)}), composite paths. */
    Resolved<IndexFieldInfo> withArguments(Expression values, Span attributeSpan, ModelInfo model,
                                           boolean followComposites) {
        List<FieldSpec> specs = Coerce.array(values, this::fieldSpec, diagnostics);
        if (specs == null) {
            return Resolved.dealtWith();
        }
        List<IndexFieldInfo> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<BlockItem.Field> relations = new ArrayList<>();
        for (FieldSpec spec : specs) {
            IndexFieldInfo field;
            if (spec.name.contains(".")) {
                if (!followComposites) {
                    unknown.add(spec.name);
                    continue;
                }
                field = compositePath(spec, model, unknown, relations);
                if (field == null) {
                    continue;
                }
            } else if (model.declares(spec.name)) {
                if (!(model.field(spec.name) instanceof ScalarFieldInfo scalar)) {
                    relations.add(model.namedFields.get(spec.name));
                    continue;
                }
                field = new IndexFieldInfo(scalar, List.of(), spec.sort, spec.length, spec.operatorClass,
                        spec.rawOperatorClass);
            } else {
                unknown.add(spec.name);
                continue;
            }
            for (IndexFieldInfo existing : fields) {
                if (existing.sameFieldAs(field)) {
                    String shown = field.path().isEmpty() ? spec.name
                            : field.name() + " in type " + field.path().get(field.path().size() - 1).owner().name();
                    diagnostics.add(AttributeMessages.fieldUsedTwice(shown, model.name(), attributeSpan));
                    return Resolved.dealtWith();
                }
            }
            fields.add(field);
        }
        return new Resolved<>(fields, unknown, relations);
    }

    private IndexFieldInfo compositePath(FieldSpec spec, ModelInfo model, List<String> unknown,
                                         List<BlockItem.Field> relations) {
        String[] shards = spec.name.split("\\.", -1);
        if (!model.declares(shards[0])) {
            unknown.add(shards[0]);
            return null;
        }
        if (!(model.field(shards[0]) instanceof ScalarFieldInfo root)) {
            relations.add(model.namedFields.get(shards[0]));
            return null;
        }
        if (!(root.kind() instanceof ScalarKind.Composite composite)) {
            unknown.add(spec.name);
            return null;
        }
        CompositeTypeInfo next = composite.type();
        List<CompositeFieldInfo> path = new ArrayList<>();
        for (int i = 1; i < shards.length; i++) {
            CompositeFieldInfo field = next.field(shards[i]);
            if (field == null) {
                unknown.add(shards[i] + " in type " + next.name());
                return null;
            }
            path.add(field);
            if (field.kind() instanceof ScalarKind.Composite inner) {
                next = inner.type();
            } else if (i < shards.length - 1) {
                unknown.add(spec.name);
                return null;
            }
        }
        return new IndexFieldInfo(root, path, spec.sort, spec.length, spec.operatorClass, spec.rawOperatorClass);
    }

    /** A field name with its index options, as written in the list. */
    private record FieldSpec(String name, SortOrder sort, Long length, String operatorClass,
                             boolean rawOperatorClass) {
    }

    private FieldSpec fieldSpec(Expression expression, Diagnostics diagnostics) {
        if (expression instanceof Expression.ConstantValue constant) {
            return new FieldSpec(constant.value(), null, null, null, false);
        }
        if (expression instanceof Expression.FunctionCall call) {
            List<Argument> args = call.arguments().arguments();
            SortOrder sort = null;
            Argument sortArgument = named(args, "sort");
            if (sortArgument != null) {
                String value = Coerce.constant(sortArgument.value(), diagnostics);
                if ("Asc".equals(value)) {
                    sort = SortOrder.ASC;
                } else if ("Desc".equals(value)) {
                    sort = SortOrder.DESC;
                } else if (value != null) {
                    diagnostics.add(Messages.unexpectedToken("Asc, Desc", sortArgument.span()));
                }
            }
            Long length = null;
            Argument lengthArgument = named(args, "length");
            if (lengthArgument != null) {
                Long value = Coerce.integer(lengthArgument.value(), diagnostics);
                length = value != null && value >= 0 ? value : null;
            }
            String operatorClass = null;
            boolean raw = false;
            Argument ops = named(args, "ops");
            if (ops != null) {
                if (ops.value() instanceof Expression.ConstantValue constant) {
                    if (OPERATOR_CLASSES.contains(constant.value())) {
                        operatorClass = constant.value();
                    } else {
                        diagnostics.add(Messages.unexpectedToken("Invalid operator class: " + constant.value(),
                                constant.span()));
                    }
                } else if (ops.value() instanceof Expression.FunctionCall function
                        && function.name().equals("raw")) {
                    List<Argument> rawArgs = function.arguments().arguments();
                    if (rawArgs.size() != 1) {
                        diagnostics.add(Messages.unexpectedToken("Wrong number of arguments. Expected: 1, got: "
                                + rawArgs.size(), function.span()));
                    } else if (rawArgs.get(0).value() instanceof Expression.StringValue string) {
                        operatorClass = string.value();
                        raw = true;
                    } else {
                        diagnostics.add(Messages.unexpectedToken("Invalid parameter type: expected string",
                                function.span()));
                    }
                } else {
                    diagnostics.add(Messages.unexpectedToken("operator class", ops.span()));
                }
            }
            return new FieldSpec(call.name(), sort, length, operatorClass, raw);
        }
        Coerce.mismatch("constant literal", expression, diagnostics);
        return null;
    }

    private static Argument named(List<Argument> args, String name) {
        for (Argument argument : args) {
            if (argument.isNamed() && argument.name().name().equals(name)) {
                return argument;
            }
        }
        return null;
    }
}
