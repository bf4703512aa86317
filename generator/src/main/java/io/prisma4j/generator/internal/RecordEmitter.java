package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import javax.lang.model.element.Modifier;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The result types of a model: the record itself ({@code User}), its relation counts ({@code User.Count}),
 * and the aggregate and group results.
 */
final class RecordEmitter {
    private final Context context;
    private final TypeMapper types;

    RecordEmitter(Context context) {
        this.context = context;
        this.types = new TypeMapper(context);
    }

    /** The model's record class, without its nested types (added by the caller). */
    TypeSpec.Builder record(ModelInfo model) {
        TypeSpec.Builder record = TypeSpec.classBuilder(model.type())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Runtime.RECORD)
                .addJavadoc(Docs.of(model.model(), "A record of " + (model.model().isView() ? "view " : "model ")
                        + model.name() + " as a query returned it. A field the query did not load (a relation without "
                        + "{@code include}, a scalar left out by {@code select} or {@code omit}) throws "
                        + "{@link io.prisma4j.client.typed.FieldNotLoadedException} when read; a loaded one may be "
                        + "{@code null}."));
        CodeBlock.Builder shape = CodeBlock.builder().add("$T.model($S)", Runtime.SHAPE, model.name());
        for (Field field : model.fields()) {
            if (field instanceof RelationField relation) {
                shape.add("\n.$L($S, $T::new)", relation.isList() ? "many" : "one", field.name(),
                        model.related(relation).type());
            } else if (field instanceof ScalarField scalar && scalar.isEnum()) {
                shape.add("\n.enumeration($S, $T::fromPrismaName)", field.name(), context.enumType(scalar.enumType()));
            } else if (!(field instanceof ScalarField scalar) || scalar.scalarType() == ScalarType.JSON) {
                shape.add("\n.json($S)", field.name());
            }
        }
        if (!model.listRelations().isEmpty()) {
            shape.add("\n.nested($S, $T::new)", "_count", model.countResult());
        }
        addShape(record, shape.add("\n.build()").build());
        record.addMethod(constructor());
        for (Field field : model.fields()) {
            TypeName type = field instanceof RelationField relation
                    ? (relation.isList() ? Runtime.list(model.related(relation).type()) : model.related(relation).type())
                    : types.value(field);
            record.addMethod(getter(Naming.member(field.name()), type, TypeMapper.getter(field), field.name(), field));
        }
        if (!model.listRelations().isEmpty()) {
            record.addMethod(getter("_count", model.countResult(), "get", "_count", null));
        }
        return record;
    }

    /** {@code User.Count}: the counts of the to-many relations ({@code _count}). */
    TypeSpec count(ModelInfo model) {
        TypeSpec.Builder count = result(model.countResult(), "The counts of " + model.name()
                + "'s to-many relations ({@code _count}); a relation that was not counted throws when read.",
                CodeBlock.of("$T.count($S).build()", Runtime.SHAPE, model.name() + "._count"));
        for (RelationField relation : model.listRelations()) {
            count.addMethod(getter(Naming.member(relation.name()), TypeName.INT, "integer", relation.name(), null));
        }
        return count.build();
    }

    /** The aggregate results: {@code CountAggregate}, {@code AvgAggregate}, {@code SumAggregate}, {@code MinMaxAggregate}, {@code Aggregate}, {@code GroupBy}. */
    List<TypeSpec> aggregates(ModelInfo model) {
        List<TypeSpec> result = new java.util.ArrayList<>();
        TypeSpec.Builder count = aggregate(model, "CountAggregate", "_count", f -> true, f -> TypeName.INT.box());
        count.addMethod(getter("_all", TypeName.INT.box(), "integer", "_all", null));
        result.add(count.build());
        if (model.hasNumericFields()) {
            result.add(aggregate(model, "AvgAggregate", "_avg", TypeMapper::isNumeric, types::average).build());
            result.add(aggregate(model, "SumAggregate", "_sum", TypeMapper::isNumeric, types::boxed).build());
        }
        result.add(aggregate(model, "MinMaxAggregate", "_min/_max", TypeMapper::isComparable, types::boxed).build());
        result.add(aggregateResult(model, "Aggregate", "The result of {@code aggregate}: the aggregates the query asked for.",
                false).build());
        result.add(aggregateResult(model, "GroupBy", "One group of {@code groupBy}: the {@code by} fields and the "
                + "group's aggregates.", true).build());
        return result;
    }

    private TypeSpec.Builder aggregate(ModelInfo model, String name, String key, Predicate<ScalarField> include,
                                       Function<ScalarField, TypeName> type) {
        CodeBlock.Builder shape = CodeBlock.builder().add("$T.aggregate($S)", Runtime.SHAPE, model.name() + "." + key);
        List<MethodSpec> getters = new java.util.ArrayList<>();
        for (ScalarField field : model.scalars()) {
            if (!include.test(field)) {
                continue;
            }
            TypeName valueType = type.apply(field);
            boolean enumValue = field.isEnum() && valueType.equals(context.enumType(field.enumType()));
            if (enumValue) {
                shape.add("\n.enumeration($S, $T::fromPrismaName)", field.name(), context.enumType(field.enumType()));
            }
            getters.add(getter(Naming.member(field.name()), valueType, enumValue ? "get" : TypeMapper.getter(valueType),
                    field.name(), null));
        }
        TypeSpec.Builder aggregate = result(model.nested(name), "{@code " + key + "} of " + model.name()
                + ": one value per selected field (null over no records).", shape.add("\n.build()").build());
        getters.forEach(aggregate::addMethod);
        return aggregate;
    }

    private TypeSpec.Builder aggregateResult(ModelInfo model, String name, String doc, boolean group) {
        CodeBlock.Builder shape = CodeBlock.builder().add("$T.aggregate($S)", Runtime.SHAPE, model.name()
                + (group ? ".groupBy" : ".aggregate"))
                .add("\n.nested($S, $T::new)", "_count", model.nested("CountAggregate"))
                .add("\n.nested($S, $T::new)", "_min", model.nested("MinMaxAggregate"))
                .add("\n.nested($S, $T::new)", "_max", model.nested("MinMaxAggregate"));
        if (model.hasNumericFields()) {
            shape.add("\n.nested($S, $T::new)", "_avg", model.nested("AvgAggregate"))
                    .add("\n.nested($S, $T::new)", "_sum", model.nested("SumAggregate"));
        }
        if (group) {
            for (ScalarField field : model.scalars()) {
                if (field.isEnum()) {
                    shape.add("\n.enumeration($S, $T::fromPrismaName)", field.name(), context.enumType(field.enumType()));
                } else if (field.scalarType() == ScalarType.JSON) {
                    shape.add("\n.json($S)", field.name());
                }
            }
        }
        TypeSpec.Builder result = result(model.nested(name), doc, shape.add("\n.build()").build());
        if (group) {
            for (ScalarField field : model.scalars()) {
                result.addMethod(getter(Naming.member(field.name()), types.boxed(field),
                        field.isEnum() || field.isList() ? "get" : TypeMapper.getter(field), field.name(), field));
            }
        }
        result.addMethod(getter("_count", model.nested("CountAggregate"), "get", "_count", null));
        if (model.hasNumericFields()) {
            result.addMethod(getter("_avg", model.nested("AvgAggregate"), "get", "_avg", null));
            result.addMethod(getter("_sum", model.nested("SumAggregate"), "get", "_sum", null));
        }
        result.addMethod(getter("_min", model.nested("MinMaxAggregate"), "get", "_min", null));
        result.addMethod(getter("_max", model.nested("MinMaxAggregate"), "get", "_max", null));
        return result;
    }

    private TypeSpec.Builder result(ClassName name, String doc, CodeBlock shape) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(Runtime.RECORD).addJavadoc("$L\n", doc);
        addShape(type, shape);
        return type.addMethod(constructor());
    }

    private static void addShape(TypeSpec.Builder type, CodeBlock shape) {
        type.addField(FieldSpec.builder(Runtime.SHAPE, "SHAPE", Modifier.STATIC, Modifier.FINAL)
                .initializer(CodeBlock.builder().indent().indent().add(shape).unindent().unindent().build()).build());
    }

    private static MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addParameter(Runtime.valuesMap(), "values")
                .addStatement("super(values, SHAPE)").build();
    }

    private static MethodSpec getter(String name, TypeName type, String reader, String key, Field documented) {
        MethodSpec.Builder getter = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type);
        if (documented != null) {
            CodeBlock doc = Docs.of(documented, null);
            if (!doc.isEmpty()) {
                getter.addJavadoc(doc);
            }
        }
        if (reader.equals("get") && !type.equals(TypeName.OBJECT)) {
            return getter.addStatement("return this.<$T>get($S)", type.box(), key).build();
        }
        return getter.addStatement("return $L($S)", reader, key).build();
    }
}
