package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.prisma4j.client.typed.WhereBase;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.PrimaryKey;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.UniqueConstraint;

import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.prisma4j.generator.internal.Methods.parameter;
import static io.prisma4j.generator.internal.Methods.returning;

/** The filters of a model: {@code WhereInput}, {@code ScalarWhereInput} and {@code WhereUniqueInput}. */
final class WhereEmitter {
    private static final ClassName WHERE_BASE = ClassName.get(WhereBase.class);
    private final TypeMapper types;

    WhereEmitter(Context context) {
        this.types = new TypeMapper(context);
    }

    /** {@code WhereInput}: a filter on every field, relations included, with {@code AND}/{@code OR}/{@code NOT}. */
    TypeSpec where(ModelInfo model) {
        ClassName self = model.where();
        TypeSpec.Builder where = base(self, "A filter on " + model.name() + " records ({@code where}): every condition "
                + "given must match. A field takes a value (equality) or a filter lambda.");
        scalars(where, model, self);
        for (RelationField relation : model.relations()) {
            ModelInfo related = model.related(relation);
            String name = Naming.member(relation.name());
            if (relation.isList()) {
                TypeName filter = ParameterizedTypeName.get(Runtime.LIST_RELATION_FILTER, related.where());
                where.addMethod(returning(name, self, CodeBlock.of("withObject($S, filter, () -> new $T<>($T::new))",
                        relation.name(), Runtime.LIST_RELATION_FILTER, related.where()), relation,
                        parameter(Runtime.consumer(filter), "filter")));
            } else {
                TypeName body = Runtime.consumer(related.where());
                where.addMethod(returning(name, self, CodeBlock.of("withObject($S, filter, $T::new)", relation.name(),
                        related.where()), relation, parameter(body, "filter")));
                where.addMethod(returning(name + "Is", self, CodeBlock.of("relationIs($S, $S, filter, $T::new)",
                        relation.name(), "is", related.where()), null, parameter(body, "filter")));
                where.addMethod(returning(name + "IsNot", self, CodeBlock.of("relationIs($S, $S, filter, $T::new)",
                        relation.name(), "isNot", related.where()), null, parameter(body, "filter")));
            }
        }
        return where.build();
    }

    /**
     * {@code ScalarWhereInput}: scalar fields only, for nested {@code updateMany}/{@code deleteMany}; its
     * filters also take the aggregate conditions of {@code having}.
     */
    TypeSpec scalarWhere(ModelInfo model) {
        ClassName self = model.scalarWhere();
        TypeSpec.Builder where = base(self, "A filter on the scalar fields of " + model.name() + " records: the "
                + "{@code where} of nested {@code updateMany} and {@code deleteMany}, and {@code groupBy}'s "
                + "{@code having} (whose field filters also take {@code _count}, {@code _avg}, {@code _sum}, "
                + "{@code _min}, {@code _max}).");
        scalars(where, model, self);
        return where.build();
    }

    private TypeSpec.Builder base(ClassName self, String doc) {
        return TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(WHERE_BASE, self))
                .addJavadoc("$L\n", doc)
                .addMethod(Methods.constructor())
                .addMethod(MethodSpec.methodBuilder("newWhere").addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED).returns(self).addStatement("return new $T()", self).build());
    }

    private void scalars(TypeSpec.Builder where, ModelInfo model, ClassName self) {
        for (ScalarField field : model.scalars()) {
            String name = Naming.member(field.name());
            if (TypeMapper.hasEqualityShorthand(field)) {
                where.addMethod(returning(name, self, CodeBlock.of("with($S, $L)", field.name(), name), field,
                        parameter(types.value(field), name)));
            }
            TypeName filter = types.filter(field);
            ClassName raw = filter instanceof ParameterizedTypeName parameterized ? parameterized.rawType : (ClassName) filter;
            where.addMethod(returning(name, self, CodeBlock.of("withObject($S, filter, $T::new)", field.name(), raw), null,
                    parameter(Runtime.consumer(filter), "filter")));
        }
    }

    /** {@code WhereUniqueInput}: one record, by its id, a unique field or a compound key. */
    TypeSpec whereUnique(ModelInfo model) {
        ClassName self = model.whereUnique();
        TypeSpec.Builder unique = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(Runtime.INPUT)
                .addJavadoc("One $L record, by its id, a unique field or a compound unique key.\n", model.name())
                .addMethod(Methods.constructor());
        for (Map.Entry<String, List<ScalarField>> criterion : criteria(model).entrySet()) {
            List<ScalarField> fields = criterion.getValue();
            String name = Naming.member(criterion.getKey());
            if (fields.size() == 1) {
                ScalarField field = fields.get(0);
                unique.addMethod(returning(name, self, CodeBlock.of("with($S, $L)", field.name(), name), field,
                        parameter(types.value(field), name)));
                continue;
            }
            List<ParameterSpec> parameters = new ArrayList<>();
            CodeBlock.Builder values = CodeBlock.builder();
            for (ScalarField field : fields) {
                String parameterName = Naming.member(field.name());
                parameters.add(parameter(types.value(field), parameterName));
                values.add(values.isEmpty() ? "$S, $L" : ", $S, $L", field.name(), parameterName);
            }
            MethodSpec method = returning(name, self, CodeBlock.of("with($S, fields($L))", criterion.getKey(), values.build()),
                    null, parameters.toArray(new ParameterSpec[0]));
            unique.addMethod(method.toBuilder().addJavadoc("The compound key {@code $L}.\n", criterion.getKey()).build());
        }
        return unique.build();
    }

    /** The unique criteria by their {@code where} name, the primary key first. */
    static Map<String, List<ScalarField>> criteria(ModelInfo model) {
        Map<String, List<ScalarField>> criteria = new LinkedHashMap<>();
        model.model().primaryKey().ifPresent((PrimaryKey key) -> criteria.put(key.whereUniqueName(), key.scalarFields()));
        for (UniqueConstraint unique : model.model().uniques()) {
            if (unique.scalarFields().stream().allMatch(f -> model.scalars().contains(f))) {
                criteria.putIfAbsent(unique.whereUniqueName(), unique.scalarFields());
            }
        }
        return criteria;
    }
}
