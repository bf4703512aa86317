package io.prisma4j.generator.internal;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;

import javax.lang.model.element.Modifier;

/** {@code User.Delegate}: the model's actions ({@code prisma.user.findMany(...)}), all inherited from the runtime. */
final class DelegateEmitter {

    TypeSpec delegate(ModelInfo model) {
        ParameterizedTypeName superclass = ParameterizedTypeName.get(Runtime.DELEGATE, model.type(),
                model.nested("FindUniqueArgs"), model.nested("FindManyArgs"), model.nested("CreateArgs"),
                model.nested("CreateManyArgs"), model.nested("UpdateArgs"), model.nested("UpdateManyArgs"),
                model.nested("UpsertArgs"), model.nested("DeleteManyArgs"), model.nested("CountArgs"),
                model.fieldSelector(), model.nested("CountAggregate"), model.nested("AggregateArgs"),
                model.nested("Aggregate"), model.nested("GroupByArgs"), model.nested("GroupBy"));
        CodeBlock arguments = CodeBlock.builder()
                .add("client, $S, $T::new,\n", model.name(), model.type())
                .add("$T::new, $T::new, $T::new, $T::new,\n", model.nested("FindUniqueArgs"), model.nested("FindManyArgs"),
                        model.nested("CreateArgs"), model.nested("CreateManyArgs"))
                .add("$T::new, $T::new, $T::new, $T::new,\n", model.nested("UpdateArgs"), model.nested("UpdateManyArgs"),
                        model.nested("UpsertArgs"), model.nested("DeleteManyArgs"))
                .add("$T::new, $T::new, $T::new,\n", model.nested("CountArgs"), model.fieldSelector(),
                        model.nested("CountAggregate"))
                .add("$T::new, $T::new, $T::new, $T::new", model.nested("AggregateArgs"), model.nested("Aggregate"),
                        model.nested("GroupByArgs"), model.nested("GroupBy"))
                .build();
        return TypeSpec.classBuilder(model.delegate()).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass)
                .addJavadoc("The actions of $L: {@code findUnique}, {@code findMany}, {@code create}, {@code update}, "
                        + "{@code upsert}, {@code delete}, their {@code Many} and {@code OrThrow} forms, {@code count}, "
                        + "{@code aggregate}, {@code groupBy}, and {@code pending()} for batch transactions.\n", model.name())
                .addMethod(MethodSpec.constructorBuilder().addParameter(Runtime.OPERATIONS, "client")
                        .addStatement("super($>$>\n$L$<$<)", arguments).build())
                .build();
    }
}
