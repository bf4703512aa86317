package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.List;

/**
 * A field whose type is a model, with what its {@code @relation} attribute says.
 *
 * @param model      the model the field is declared in
 * @param field      the field
 * @param target     the model its type names
 * @param name       the relation name ({@code @relation("name")} or {@code name:}), or {@code null}
 * @param attribute  the {@code @relation} attribute, or {@code null} when there is none
 * @param fields     the names in {@code fields: [...]}, or {@code null} when the argument is absent
 * @param references the names in {@code references: [...]}, or {@code null} when the argument is absent
 */
record RelationField(Top.ModelBlock model, BlockItem.Field field, Top.ModelBlock target, String name,
                     Attribute attribute, List<String> fields, List<String> references) {

    static RelationField of(Top.ModelBlock model, BlockItem.Field field, Top.ModelBlock target) {
        Attribute relation = field.attributes().stream().filter(a -> a.name().equals("relation")).findFirst()
                .orElse(null);
        if (relation == null) {
            return new RelationField(model, field, target, null, null, null, null);
        }
        String name = null;
        List<String> fields = null;
        List<String> references = null;
        for (Argument argument : relation.args().arguments()) {
            String argumentName = argument.isNamed() ? argument.name().name() : "name";
            switch (argumentName) {
                case "name" -> name = name != null ? name
                        : argument.value() instanceof Expression.StringValue s ? s.value() : null;
                case "fields" -> fields = names(argument.value());
                case "references" -> references = names(argument.value());
                default -> {
                }
            }
        }
        return new RelationField(model, field, target, name, relation, fields, references);
    }

    /** A list of field references: {@code [a, b]}, or a single {@code a} read as a list of one. */
    static List<String> names(Expression value) {
        List<Expression> items = value instanceof Expression.ArrayValue array ? array.values() : List.of(value);
        List<String> names = new ArrayList<>();
        for (Expression item : items) {
            if (item instanceof Expression.ConstantValue constant) {
                names.add(constant.value());
            } else if (item instanceof Expression.FunctionCall call) {
                names.add(call.name());
            }
        }
        return names;
    }

    boolean isSelfRelation() {
        return model == target;
    }

    String fieldName() {
        return field.nameText();
    }
}
