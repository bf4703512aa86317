package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.ScalarField;

import javax.lang.model.element.Modifier;
import java.util.List;

/**
 * The arguments of each action ({@code FindManyArgs}, {@code CreateArgs}, ...): one-line subclasses of the
 * runtime's generic argument classes, naming the model's builders; and {@code ScalarField}, the field
 * enum of {@code distinct} and {@code by}.
 */
final class ArgsEmitter {

    TypeSpec scalarFieldEnum(ModelInfo model) {
        TypeSpec.Builder fields = TypeSpec.enumBuilder(model.scalarFieldEnum()).addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Runtime.PRISMA_ENUM)
                .addJavadoc("The scalar fields of $L, for {@code distinct} and {@code groupBy}'s {@code by}.\n", model.name());
        for (ScalarField field : model.scalars()) {
            fields.addEnumConstant(Naming.enumConstant(field.name()), TypeSpec.anonymousClassBuilder("$S", field.name()).build());
        }
        return fields.addField(String.class, "prismaName", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "prismaName")
                        .addStatement("this.prismaName = prismaName").build())
                .addMethod(MethodSpec.methodBuilder("prismaName").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(String.class).addStatement("return prismaName").build())
                .build();
    }

    List<TypeSpec> args(ModelInfo model) {
        ClassName select = model.select();
        ClassName include = model.include();
        ClassName omit = model.fieldSelector();
        return List.of(
                args(model, "FindUniqueArgs", Runtime.FIND_UNIQUE_ARGS,
                        "Arguments of {@code findUnique}, {@code findUniqueOrThrow} and {@code delete}.",
                        List.of(model.whereUnique(), select, include, omit)),
                args(model, "FindManyArgs", Runtime.FIND_MANY_ARGS, "Arguments of {@code findMany}, {@code findFirst}, "
                                + "{@code findFirstOrThrow}, and of a to-many relation in a select or include.",
                        List.of(model.where(), model.orderBy(), model.whereUnique(), model.scalarFieldEnum(), select, include,
                                omit)),
                create(model, "CreateArgs", Runtime.CREATE_ARGS, "Arguments of {@code create}.",
                        model.createInput(java.util.Set.of()), model.createInputComplete(), model.createInputRaw()),
                create(model, "CreateManyArgs", Runtime.CREATE_MANY_ARGS,
                        "Arguments of {@code createMany} and {@code createManyAndReturn}.",
                        model.createManyInput(java.util.Set.of()), model.createManyInputComplete(), model.createManyInputRaw()),
                args(model, "UpdateArgs", Runtime.UPDATE_ARGS, "Arguments of {@code update}.",
                        List.of(model.whereUnique(), model.updateInput(), select, include, omit)),
                args(model, "UpdateManyArgs", Runtime.UPDATE_MANY_ARGS,
                        "Arguments of {@code updateMany} and {@code updateManyAndReturn}.",
                        List.of(model.where(), model.updateManyInput(), select, include, omit)),
                upsert(model),
                args(model, "DeleteManyArgs", Runtime.DELETE_MANY_ARGS, "Arguments of {@code deleteMany}.",
                        List.of(model.where())),
                args(model, "CountArgs", Runtime.COUNT_ARGS, "Arguments of {@code count}.",
                        List.of(model.where(), model.orderBy(), model.whereUnique())),
                args(model, "AggregateArgs", Runtime.AGGREGATE_ARGS, "Arguments of {@code aggregate}.",
                        List.of(model.where(), model.orderBy(), model.whereUnique(), omit, model.numericSelector())),
                groupBy(model));
    }

    /** {@code Name extends Base<Name, types...>} whose constructor passes each type's {@code ::new}. */
    private TypeSpec args(ModelInfo model, String name, ClassName base, String doc, List<ClassName> types) {
        ClassName self = model.nested(name);
        TypeName[] arguments = new TypeName[types.size() + 1];
        arguments[0] = self;
        CodeBlock.Builder factories = CodeBlock.builder();
        for (int i = 0; i < types.size(); i++) {
            arguments[i + 1] = types.get(i);
            if (!types.get(i).equals(model.scalarFieldEnum())) {
                factories.add(factories.isEmpty() ? "$T::new" : ", $T::new", types.get(i));
            }
        }
        return subclass(self, ParameterizedTypeName.get(base, arguments), doc, factories.build());
    }

    private TypeSpec create(ModelInfo model, String name, ClassName base, String doc, TypeName start, TypeName end,
                            ClassName raw) {
        ClassName self = model.nested(name);
        TypeName superclass = ParameterizedTypeName.get(base, self, start, end, model.select(), model.include(),
                model.fieldSelector());
        return subclass(self, superclass, doc, CodeBlock.of("$T::new, $T::new, $T::new, $T::new", raw, model.select(),
                model.include(), model.fieldSelector()));
    }

    private TypeSpec upsert(ModelInfo model) {
        ClassName self = model.nested("UpsertArgs");
        TypeName superclass = ParameterizedTypeName.get(Runtime.UPSERT_ARGS, self, model.whereUnique(),
                model.createInput(java.util.Set.of()), model.createInputComplete(), model.updateInput(), model.select(),
                model.include(), model.fieldSelector());
        return subclass(self, superclass, "Arguments of {@code upsert}.", CodeBlock.of(
                "$T::new, $T::new, $T::new, $T::new, $T::new, $T::new", model.whereUnique(), model.createInputRaw(),
                model.updateInput(), model.select(), model.include(), model.fieldSelector()));
    }

    private TypeSpec groupBy(ModelInfo model) {
        ClassName self = model.nested("GroupByArgs");
        TypeName superclass = ParameterizedTypeName.get(Runtime.GROUP_BY_ARGS, self, model.where(), model.orderBy(),
                model.scalarFieldEnum(), model.scalarWhere(), model.fieldSelector(), model.numericSelector());
        return subclass(self, superclass, "Arguments of {@code groupBy}.", CodeBlock.of("$T::new, $T::new, $T::new, $T::new, $T::new",
                model.where(), model.orderBy(), model.scalarWhere(), model.fieldSelector(), model.numericSelector()));
    }

    private static TypeSpec subclass(ClassName self, TypeName superclass, String doc, CodeBlock factories) {
        return TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass).addJavadoc("$L\n", doc)
                .addMethod(MethodSpec.constructorBuilder().addStatement("super($L)", factories).build())
                .build();
    }

}
