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
import java.util.Set;

import static io.prisma4j.generator.internal.Methods.parameter;
import static io.prisma4j.generator.internal.Methods.returning;

/**
 * The update builders: {@code UpdateInput} (scalars with their atomic operations, and nested writes)
 * and {@code UpdateManyInput} (scalars only).
 */
final class UpdateEmitter {
    private final TypeMapper types;

    UpdateEmitter(Context context) {
        this.types = new TypeMapper(context);
    }

    TypeSpec updateInput(ModelInfo model) {
        ClassName self = model.updateInput();
        TypeSpec.Builder update = builder(self, "Changes to a " + model.name() + " record ({@code data} of "
                + "{@code update}, {@code update} of {@code upsert}): values, atomic operations and nested writes.");
        for (Field field : model.fields()) {
            if (field instanceof RelationField relation) {
                relation(update, model, relation);
            } else {
                scalar(update, field, self);
            }
        }
        return update.build();
    }

    TypeSpec updateManyInput(ModelInfo model) {
        ClassName self = model.updateManyInput();
        TypeSpec.Builder update = builder(self, "Changes to every matching " + model.name() + " record ({@code data} "
                + "of {@code updateMany}): scalar fields only.");
        for (Field field : model.fields()) {
            if (!(field instanceof RelationField)) {
                scalar(update, field, self);
            }
        }
        return update.build();
    }

    private static TypeSpec.Builder builder(ClassName self, String doc) {
        return TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(Runtime.INPUT).addJavadoc("$L\n", doc).addMethod(Methods.constructor());
    }

    private void scalar(TypeSpec.Builder update, Field field, ClassName self) {
        String name = Naming.member(field.name());
        update.addMethod(returning(name, self, CodeBlock.of("with($S, $L)", field.name(), name), field,
                parameter(types.value(field), name)));
        if (field instanceof ScalarField scalar) {
            TypeName operation = types.update(scalar);
            if (operation != null) {
                ClassName raw = operation instanceof ParameterizedTypeName p ? p.rawType : (ClassName) operation;
                update.addMethod(returning(name, self, CodeBlock.of("withObject($S, update, $T::new)", field.name(), raw),
                        null, parameter(Runtime.consumer(operation), "update")));
            }
        }
    }

    private void relation(TypeSpec.Builder update, ModelInfo model, RelationField relation) {
        ModelInfo related = model.related(relation);
        Set<ScalarField> given = related.givenThrough(relation.opposite().orElse(null));
        String name = Naming.member(relation.name());
        TypeName type;
        CodeBlock factory;
        if (relation.isList()) {
            type = ParameterizedTypeName.get(Runtime.TO_MANY_UPDATE, related.createInput(given), related.createInputComplete(),
                    related.createManyInput(given), related.createManyInputComplete(), related.whereUnique(),
                    related.updateInput(), related.updateManyInput(), related.scalarWhere());
            factory = CodeBlock.of("() -> new $T<>($T::new, $T::new, $T::new, $T::new, $T::new, $T::new)",
                    Runtime.TO_MANY_UPDATE, related.createInputRaw(), related.createManyInputRaw(), related.whereUnique(),
                    related.updateInput(), related.updateManyInput(), related.scalarWhere());
        } else {
            type = ParameterizedTypeName.get(Runtime.TO_ONE_UPDATE, related.createInput(given), related.createInputComplete(),
                    related.whereUnique(), related.updateInput(), related.where());
            factory = CodeBlock.of("() -> new $T<>($T::new, $T::new, $T::new, $T::new)", Runtime.TO_ONE_UPDATE,
                    related.createInputRaw(), related.whereUnique(), related.updateInput(), related.where());
        }
        update.addMethod(returning(name, model.updateInput(), CodeBlock.of("withObject($S, $L, $L)", relation.name(), name,
                factory), relation, parameter(Runtime.consumer(type), name)));
    }
}
