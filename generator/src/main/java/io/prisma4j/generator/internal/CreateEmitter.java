package io.prisma4j.generator.internal;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.prisma4j.generator.internal.Methods.parameter;
import static io.prisma4j.generator.internal.Methods.returning;

/**
 * The create builders: {@code CreateInput} (scalars and relations, as Prisma's {@code UserCreateInput}
 * and {@code UserUncheckedCreateInput} together) and {@code CreateManyInput} (scalars only). Each has
 * one type parameter per required field; setting the field turns its {@code Missing} into the field's
 * {@code Has...} marker, and {@code data(...)} only takes the builder with every marker given.
 */
final class CreateEmitter {
    private final TypeMapper types;

    CreateEmitter(Context context) {
        this.types = new TypeMapper(context);
    }

    TypeSpec createInput(ModelInfo model) {
        TypeSpec.Builder create = builder(model, model.createInputRaw(), "The fields of a new " + model.name()
                + " record and its nested writes ({@code data} of {@code create}, {@code create} of {@code upsert}). ");
        for (int i = 0; i < model.slots().size(); i++) {
            create.addType(TypeSpec.interfaceBuilder(model.slotMarker(i)).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("{@code $L} was given.\n", model.slots().get(i).name()).build());
        }
        for (Field field : model.fields()) {
            if (field instanceof RelationField relation) {
                create.addMethod(relation(model, relation));
            } else {
                scalar(create, model, field, model.createInputRaw());
            }
        }
        return create.build();
    }

    TypeSpec createManyInput(ModelInfo model) {
        TypeSpec.Builder create = builder(model, model.createManyInputRaw(), "The fields of one record of "
                + model.name() + "'s {@code createMany} (scalar fields, foreign keys included). ");
        for (Field field : model.fields()) {
            if (!(field instanceof RelationField)) {
                scalar(create, model, field, model.createManyInputRaw());
            }
        }
        return create.build();
    }

    private static TypeSpec.Builder builder(ModelInfo model, ClassName name, String doc) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(Runtime.INPUT).addMethod(Methods.constructor());
        if (model.slots().isEmpty()) {
            return builder.addJavadoc("$L\n", doc + "Every field is optional.");
        }
        builder.addTypeVariables(model.slotVariables());
        String required = model.slots().stream().map(f -> "{@code " + f.name() + "}").collect(Collectors.joining(", "));
        return builder.addJavadoc("$L\n", doc + "Required: " + required + ". Each type parameter tracks one of them: "
                + "{@code Missing} until it is set, then its {@code Has...} marker.");
    }

    private void scalar(TypeSpec.Builder create, ModelInfo model, Field field, ClassName raw) {
        String name = Naming.member(field.name());
        int slot = field instanceof ScalarField scalar ? model.slotIndex(scalar) : -1;
        TypeName returns = returnType(model, raw, slot < 0 ? Set.of() : Set.of(slot));
        TypeName value = types.value(field);
        create.addMethod(returning(name, returns, CodeBlock.of("with($S, $L)", field.name(), name), field,
                parameter(value, name)));
        if (field instanceof ScalarField scalar && scalar.isList()) {
            create.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns)
                    .addParameter(ArrayTypeName.of(types.element(scalar, false)), name).varargs()
                    .addStatement("return with($S, $T.asList($L))", field.name(), java.util.Arrays.class, name).build());
        }
    }

    /** The builder's type after the given slots are set (the others keep their type variable). */
    private static TypeName returnType(ModelInfo model, ClassName raw, Set<Integer> setSlots) {
        if (model.slots().isEmpty()) {
            return raw;
        }
        List<TypeName> arguments = new ArrayList<>();
        for (int i = 0; i < model.slots().size(); i++) {
            arguments.add(setSlots.contains(i) ? model.slotMarker(i) : model.slotVariable(i));
        }
        return ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
    }

    /** A relation in a create: {@code ToOneCreate} or {@code ToManyCreate}; a required one sets its foreign-key slots. */
    private MethodSpec relation(ModelInfo model, RelationField relation) {
        ModelInfo related = model.related(relation);
        RelationField back = relation.opposite().orElse(null);
        Set<ScalarField> given = related.givenThrough(back);
        Set<Integer> slots = relation.fields().stream().map(model::slotIndex).filter(i -> i >= 0).collect(Collectors.toSet());
        TypeName returns = returnType(model, model.createInputRaw(), slots);
        String name = Naming.member(relation.name());
        TypeName type;
        CodeBlock factory;
        if (relation.isList()) {
            type = ParameterizedTypeName.get(Runtime.TO_MANY_CREATE, related.createInput(given), related.createInputComplete(),
                    related.createManyInput(given), related.createManyInputComplete(), related.whereUnique());
            factory = CodeBlock.of("() -> new $T<>($T::new, $T::new, $T::new)", Runtime.TO_MANY_CREATE,
                    related.createInputRaw(), related.createManyInputRaw(), related.whereUnique());
        } else {
            type = ParameterizedTypeName.get(Runtime.TO_ONE_CREATE, related.createInput(given),
                    related.createInputComplete(), related.whereUnique());
            factory = CodeBlock.of("() -> new $T<>($T::new, $T::new)", Runtime.TO_ONE_CREATE, related.createInputRaw(),
                    related.whereUnique());
        }
        return returning(name, returns, CodeBlock.of("withObject($S, $L, $L)", relation.name(), name, factory), relation,
                parameter(Runtime.consumer(type), name));
    }

}
