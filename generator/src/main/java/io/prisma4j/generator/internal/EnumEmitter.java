package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.EnumType;

import javax.lang.model.element.Modifier;

/** A schema enum as a Java enum whose constants carry Prisma's value names. */
final class EnumEmitter {
    private final Context context;

    EnumEmitter(Context context) {
        this.context = context;
    }

    TypeSpec enumType(EnumType enumType) {
        ClassName self = context.enumType(enumType);
        TypeSpec.Builder type = TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Runtime.PRISMA_ENUM)
                .addJavadoc(Docs.of(enumType, "Enum {@code " + enumType.name() + "} of the schema."));
        for (EnumType.Value value : enumType.values()) {
            TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$S", value.name());
            if (value.documentation().isPresent()) {
                constant.addJavadoc(Docs.of(value, null));
            }
            type.addEnumConstant(Naming.enumConstant(value.name()), constant.build());
        }
        return type.addField(String.class, "prismaName", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "prismaName")
                        .addStatement("this.prismaName = prismaName").build())
                .addMethod(MethodSpec.methodBuilder("prismaName").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(String.class).addStatement("return prismaName").build())
                .addMethod(MethodSpec.methodBuilder("fromPrismaName").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The constant of a value name as the schema writes it.\n")
                        .returns(self).addParameter(String.class, "name")
                        .beginControlFlow("for ($T value : values())", self)
                        .beginControlFlow("if (value.prismaName.equals(name))")
                        .addStatement("return value")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("throw new $T($S + name + $S)", IllegalArgumentException.class,
                                "No value ", " in enum " + enumType.name())
                        .build())
                .build();
    }
}
