package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import javax.lang.model.element.Modifier;
import java.util.function.Predicate;

import static io.prisma4j.generator.internal.Methods.parameter;
import static io.prisma4j.generator.internal.Methods.returning;

/**
 * What a query returns: {@code Select}, {@code Include}, the field selectors ({@code Fields} for
 * {@code omit}, {@code _count}, {@code _min}, {@code _max}; {@code NumericFields} for {@code _avg},
 * {@code _sum}) and {@code CountSelect} (relations to count).
 */
final class SelectionEmitter {

    TypeSpec select(ModelInfo model) {
        ClassName self = model.select();
        TypeSpec.Builder select = builder(self, "The fields and relations a query returns ({@code select}); nothing "
                + "else is loaded.");
        for (Field field : model.fields()) {
            if (!(field instanceof RelationField)) {
                select.addMethod(returning(Naming.member(field.name()), self, CodeBlock.of("with($S, true)", field.name()),
                        field));
            }
        }
        relations(select, model, self);
        return select.build();
    }

    TypeSpec include(ModelInfo model) {
        ClassName self = model.include();
        TypeSpec.Builder include = builder(self, "The relations a query returns besides the scalar fields ({@code include}).");
        relations(include, model, self);
        return include.build();
    }

    private void relations(TypeSpec.Builder type, ModelInfo model, ClassName self) {
        for (RelationField relation : model.relations()) {
            String name = Naming.member(relation.name());
            ModelInfo related = model.related(relation);
            type.addMethod(returning(name, self, CodeBlock.of("with($S, true)", relation.name()), relation));
            if (relation.isList()) {
                type.addMethod(returning(name, self, CodeBlock.of("withObject($S, args, $T::new)", relation.name(),
                        related.findManyArgs()), null, parameter(Runtime.consumer(related.findManyArgs()), "args")));
            } else {
                TypeName args = ParameterizedTypeName.get(Runtime.RELATION_ARGS, related.select(), related.include(),
                        related.fieldSelector());
                type.addMethod(returning(name, self, CodeBlock.of("withObject($S, args, () -> new $T<>($T::new, $T::new, $T::new))",
                        relation.name(), Runtime.RELATION_ARGS, related.select(), related.include(), related.fieldSelector()),
                        null, parameter(Runtime.consumer(args), "args")));
            }
        }
        if (!model.listRelations().isEmpty()) {
            type.addMethod(returning("_count", self, CodeBlock.of("with($S, true)", "_count"), null));
            TypeName args = ParameterizedTypeName.get(Runtime.RELATION_COUNT_ARGS, model.countSelect());
            type.addMethod(returning("_count", self, CodeBlock.of("withObject($S, args, () -> new $T<>($T::new))", "_count",
                    Runtime.RELATION_COUNT_ARGS, model.countSelect()), null, parameter(Runtime.consumer(args), "args")));
        }
    }

    /** {@code Fields}: the scalar fields by name, and {@code _all} for {@code _count}. */
    TypeSpec fields(ModelInfo model) {
        ClassName self = model.fieldSelector();
        TypeSpec.Builder fields = builder(self, "Scalar fields of " + model.name() + " by name: the fields {@code omit} "
                + "leaves out, or the fields {@code _count}, {@code _min} and {@code _max} aggregate ({@code _all}: "
                + "every record, for {@code _count}).");
        addScalars(fields, model, self, f -> true);
        fields.addMethod(returning("_all", self, CodeBlock.of("with($S, true)", "_all"), null));
        return fields.build();
    }

    /** {@code NumericFields}: the fields {@code _avg} and {@code _sum} apply to. */
    TypeSpec numericFields(ModelInfo model) {
        ClassName self = model.numericSelector();
        TypeSpec.Builder fields = builder(self, "Numeric fields of " + model.name() + ": what {@code _avg} and "
                + "{@code _sum} aggregate.");
        addScalars(fields, model, self, TypeMapper::isNumeric);
        return fields.build();
    }

    /** {@code CountSelect}: the to-many relations {@code _count} counts, each optionally filtered. */
    TypeSpec countSelect(ModelInfo model) {
        ClassName self = model.countSelect();
        TypeSpec.Builder count = builder(self, "The to-many relations of " + model.name() + " to count ({@code _count: "
                + "{select: {...}}}); a relation with a filter counts only the matching records.");
        for (RelationField relation : model.listRelations()) {
            String name = Naming.member(relation.name());
            ClassName where = model.related(relation).where();
            count.addMethod(returning(name, self, CodeBlock.of("with($S, true)", relation.name()), relation));
            TypeName filter = ParameterizedTypeName.get(Runtime.RELATION_COUNT_FILTER, where);
            count.addMethod(returning(name, self, CodeBlock.of("withObject($S, filter, () -> new $T<>($T::new))",
                    relation.name(), Runtime.RELATION_COUNT_FILTER, where), null, parameter(Runtime.consumer(filter), "filter")));
        }
        return count.build();
    }

    private static void addScalars(TypeSpec.Builder type, ModelInfo model, ClassName self, Predicate<ScalarField> include) {
        for (ScalarField field : model.scalars()) {
            if (include.test(field)) {
                type.addMethod(returning(Naming.member(field.name()), self, CodeBlock.of("with($S, true)", field.name()),
                        field));
            }
        }
    }

    private static TypeSpec.Builder builder(ClassName self, String doc) {
        return TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(Runtime.INPUT).addJavadoc("$L\n", doc).addMethod(Methods.constructor());
    }
}
