package io.prisma4j.generator.internal;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import io.prisma4j.schema.model.Field;

import javax.lang.model.element.Modifier;

/** The one-line builder methods the emitters write. */
final class Methods {
    private Methods() {
    }

    /** {@code public R name(T param) { return <body>; }} with the field's documentation. */
    static MethodSpec returning(String name, TypeName returns, CodeBlock body, Field documented, ParameterSpec... parameters) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
        if (documented != null) {
            CodeBlock doc = Docs.of(documented, null);
            if (!doc.isEmpty()) {
                method.addJavadoc(doc);
            }
        }
        for (ParameterSpec parameter : parameters) {
            method.addParameter(parameter);
        }
        return method.addStatement("return $L", body).build();
    }

    static ParameterSpec parameter(TypeName type, String name) {
        return ParameterSpec.builder(type, name).build();
    }

    /** A package-private no-argument constructor (builders are created by the runtime, not by callers). */
    static MethodSpec constructor() {
        return MethodSpec.constructorBuilder().build();
    }
}
