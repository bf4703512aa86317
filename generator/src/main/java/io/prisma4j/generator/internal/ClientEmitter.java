package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import io.prisma4j.client.typed.SchemaFingerprint;
import io.prisma4j.generator.Naming;

import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated {@code PrismaClient}: one public field per model ({@code prisma.user}), the schema it was
 * generated from (embedded, so no schema file is needed at run time), and the constructors.
 */
public final class ClientEmitter {
    /** Longest piece of the embedded schema: a class-file constant holds at most 65535 bytes of UTF-8. */
    private static final int CHUNK = 16_000;
    private final Context context;

    public ClientEmitter(Context context) {
        this.context = context;
    }

    /**
     * @param schemaText      the schema text to embed
     * @param schemaDirectory the schema's folder relative to the project root, {@code ""} for the root
     */
    public TypeSpec emit(String schemaText, String schemaDirectory) {
        ClassName self = ClassName.get(context.packageName(), "PrismaClient");
        TypeSpec.Builder client = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Runtime.TYPED_CLIENT, self))
                .addJavadoc("The Prisma client of this schema: one property per model ({@code prisma.$L.findMany(...)}), "
                        + "transactions, raw SQL, middleware, extensions and events.\n<pre>{@code\n"
                        + "try (PrismaClient prisma = new PrismaClient()) {\n    ...\n}\n}</pre>\n"
                        + "The datasource URL is read as the schema says ({@code env(\"DATABASE_URL\")}: the environment, "
                        + "then {@code .env}) unless the options give one. Thread-safe: share one client.\n",
                        context.clientModels().isEmpty() ? "model" : Naming.clientProperty(context.clientModels().get(0).name()))
                .addField(FieldSpec.builder(Runtime.CLIENT_SCHEMA, "SCHEMA", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T($L,\n$S,\n$S)", Runtime.CLIENT_SCHEMA, chunks(schemaText), schemaDirectory,
                                SchemaFingerprint.of(context.dataModel()))
                        .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(Runtime.DYNAMIC_CLIENT, "root").addParameter(Runtime.OPERATIONS, "transaction")
                .addStatement("super(root, transaction)")
                .addStatement("$T operations = operations()", Runtime.OPERATIONS);
        for (var model : context.clientModels()) {
            ModelInfo info = context.model(model);
            String property = Naming.clientProperty(model.name());
            client.addField(FieldSpec.builder(info.delegate(), property, Modifier.PUBLIC, Modifier.FINAL)
                    .addJavadoc("The actions of $L $L.\n", model.isView() ? "view" : "model", model.name()).build());
            constructor.addStatement("this.$L = new $T(operations)", property, info.delegate());
        }
        client.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A client configured by the schema and the environment.\n")
                        .addStatement("this(options -> { })").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A client with options: {@code new PrismaClient(o -> o.datasourceUrl(url))}.\n")
                        .addParameter(Runtime.consumer(Runtime.CLIENT_OPTIONS), "options")
                        .addStatement("this(SCHEMA.connect(options), null)").build())
                .addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("with").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
                        .returns(self).addParameter(Runtime.DYNAMIC_CLIENT, "root")
                        .addParameter(Runtime.OPERATIONS, "transaction")
                        .addStatement("return new $T(root, transaction)", self).build())
                .addMethod(MethodSpec.methodBuilder("schema").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The schema this client was generated from.\n")
                        .returns(String.class).addStatement("return SCHEMA.text()").build());
        return client.build();
    }

    /** The text as string literals joined at run time (a literal, or a folded constant, is limited in size). */
    private static CodeBlock chunks(String text) {
        List<CodeBlock> parts = new ArrayList<>();
        for (int start = 0; start < text.length(); start += CHUNK) {
            parts.add(CodeBlock.of("$S", text.substring(start, Math.min(text.length(), start + CHUNK))));
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? CodeBlock.of("$S", "") : parts.get(0);
        }
        return CodeBlock.of("$T.join($S,\n$L)", String.class, "", CodeBlock.join(parts, ",\n"));
    }
}
