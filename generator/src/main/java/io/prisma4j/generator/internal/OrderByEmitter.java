package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import io.prisma4j.client.typed.OrderByBase;
import io.prisma4j.client.typed.RelationOrderBy;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import javax.lang.model.element.Modifier;

import static io.prisma4j.generator.internal.Methods.parameter;
import static io.prisma4j.generator.internal.Methods.returning;

/** {@code OrderByInput}: order by scalar fields, to-one relations' fields, to-many relations' counts, and (in groupBy) aggregates. */
final class OrderByEmitter {
    private static final ClassName BASE = ClassName.get(OrderByBase.class);
    private static final ClassName RELATION_ORDER = ClassName.get(RelationOrderBy.class);

    TypeSpec orderBy(ModelInfo model) {
        ClassName self = model.orderBy();
        TypeSpec.Builder order = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(BASE, self))
                .addJavadoc("One ordering of $L records ({@code orderBy}); call {@code orderBy} again to order by "
                        + "another field after this one.\n", model.name())
                .addMethod(Methods.constructor())
                .addMethod(MethodSpec.methodBuilder("newOrderBy").addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED).returns(self).addStatement("return new $T()", self).build());
        for (ScalarField field : model.scalars()) {
            String name = Naming.member(field.name());
            order.addMethod(returning(name, self, CodeBlock.of("with($S, order)", field.name()), field,
                    parameter(Runtime.SORT_ORDER, "order")));
            if (field.isOptional()) {
                order.addMethod(returning(name, self, CodeBlock.of("with($S, sort(order, nulls))", field.name()), null,
                        parameter(Runtime.SORT_ORDER, "order"), parameter(Runtime.NULLS_ORDER, "nulls")));
            }
        }
        for (RelationField relation : model.relations()) {
            String name = Naming.member(relation.name());
            if (relation.isList()) {
                order.addMethod(returning(name, self, CodeBlock.of("withObject($S, order, $T::new)", relation.name(),
                        RELATION_ORDER), relation, parameter(Runtime.consumer(RELATION_ORDER), "order")));
            } else {
                ClassName related = model.related(relation).orderBy();
                order.addMethod(returning(name, self, CodeBlock.of("withObject($S, order, $T::new)", relation.name(),
                        related), relation, parameter(Runtime.consumer(related), "order")));
            }
        }
        return order.build();
    }
}
