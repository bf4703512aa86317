package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Comment;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.connector.Connector;
import io.prisma4j.schema.connector.Provider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a syntax tree into a {@link DataModel}. It expects a schema that validation accepted, but
 * never fails on one it did not: whatever cannot be resolved is left out.
 */
public final class DataModelBuilder {
    private final SchemaAst ast;
    private final Map<String, Top.ModelBlock> modelBlocks = new LinkedHashMap<>();
    private final Map<String, Top.ModelBlock> typeBlocks = new LinkedHashMap<>();
    private final Map<String, EnumType> enums = new LinkedHashMap<>();
    private final Map<String, CompositeType> compositeTypes = new LinkedHashMap<>();
    private final Map<String, Model> models = new LinkedHashMap<>();
    private Datasource datasource;
    private int identifierLength;

    private DataModelBuilder(SchemaAst ast) {
        this.ast = ast;
    }

    public static DataModel build(SchemaAst ast) {
        return new DataModelBuilder(ast).build();
    }

    private DataModel build() {
        datasource = ast.configBlocks().filter(b -> b.kind() == Top.ConfigKind.DATASOURCE).findFirst()
                .map(ConfigReader::datasource).orElse(null);
        Provider provider = datasource != null ? datasource.provider() : Provider.SQLITE;
        identifierLength = Connector.of(provider).maxIdentifierLength();
        List<Generator> generators = ast.configBlocks().filter(b -> b.kind() == Top.ConfigKind.GENERATOR)
                .map(ConfigReader::generator).toList();

        ast.modelBlocks().forEach(block -> {
            if (block.kind() == Top.BlockKind.COMPOSITE_TYPE) {
                typeBlocks.putIfAbsent(block.name().name(), block);
            } else {
                modelBlocks.putIfAbsent(block.name().name(), block);
            }
        });
        ast.enums().forEach(block -> enums.putIfAbsent(block.name().name(), buildEnum(block)));
        typeBlocks.forEach((name, block) -> compositeTypes.put(name,
                new CompositeType(name, doc(block.documentation()), block.span())));
        modelBlocks.forEach((name, block) -> models.put(name, newModel(block)));

        typeBlocks.forEach((name, block) -> {
            CompositeType type = compositeTypes.get(name);
            type.fields = buildFields(block, type);
        });
        modelBlocks.forEach((name, block) -> {
            Model model = models.get(name);
            model.fields = buildFields(block, model);
            new KeyReader(model, block, identifierLength).read();
        });
        RelationMode relationMode = datasource != null ? datasource.relationMode() : RelationMode.FOREIGN_KEYS;
        boolean restrictSupported = Connector.of(provider).referentialActions(relationMode)
                .contains(ReferentialAction.RESTRICT);
        List<Relation> relations = new RelationResolver(models.values(), relationMode, identifierLength,
                restrictSupported).resolve();
        return new DataModel(datasource, generators, new ArrayList<>(models.values()),
                new ArrayList<>(enums.values()), new ArrayList<>(compositeTypes.values()), relations);
    }

    private static String doc(Comment comment) {
        return comment == null ? null : comment.text();
    }

    private EnumType buildEnum(Top.EnumBlock block) {
        List<EnumType.Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        block.values().forEach(v -> {
            if (seen.add(v.name().name())) {
                String dbName = AstValues.attribute(v.attributes(), "map")
                        .flatMap(a -> AstValues.stringArgument(a, "name", true)).orElse(v.name().name());
                values.add(new EnumType.Value(v.name().name(), dbName, doc(v.documentation())));
            }
        });
        List<Attribute> attributes = block.attributes().toList();
        String dbName = AstValues.attribute(attributes, "map")
                .flatMap(a -> AstValues.stringArgument(a, "name", true)).orElse(block.name().name());
        String schema = AstValues.attribute(attributes, "schema")
                .flatMap(a -> AstValues.stringArgument(a, "name", true)).orElse(null);
        return new EnumType(block.name().name(), dbName, values, doc(block.documentation()), schema, block.span());
    }

    private Model newModel(Top.ModelBlock block) {
        List<Attribute> attributes = block.attributes().toList();
        String dbName = AstValues.attribute(attributes, "map")
                .flatMap(a -> AstValues.stringArgument(a, "name", true)).orElse(block.name().name());
        String schema = AstValues.attribute(attributes, "schema")
                .flatMap(a -> AstValues.stringArgument(a, "name", true)).orElse(null);
        boolean ignored = AstValues.attribute(attributes, "ignore").isPresent();
        return new Model(block.name().name(), dbName, block.kind() == Top.BlockKind.VIEW, ignored, schema,
                doc(block.documentation()), block.span());
    }

    private List<Field> buildFields(Top.ModelBlock block, FieldContainer container) {
        List<Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        block.fields().forEach(decl -> {
            if (decl.type() == null || !seen.add(decl.nameText())) {
                return;
            }
            Field field = buildField(decl);
            field.container = container;
            fields.add(field);
        });
        return List.copyOf(fields);
    }

    private Field buildField(BlockItem.Field decl) {
        List<Attribute> attributes = decl.attributes();
        String name = decl.nameText();
        String doc = doc(decl.documentation());
        boolean ignored = AstValues.attribute(attributes, "ignore").isPresent();
        String typeName = decl.type().name();
        String dbName = AstValues.attribute(attributes, "map")
                .flatMap(a -> AstValues.stringArgument(a, "name", true)).orElse(name);

        if (typeName != null && models.containsKey(typeName)) {
            Optional<Attribute> relation = AstValues.attribute(attributes, "relation");
            String relationName = relation.flatMap(a -> AstValues.stringArgument(a, "name", true)).orElse(null);
            ReferentialAction onDelete = relation.flatMap(a -> AstValues.constantArgument(a, "onDelete"))
                    .flatMap(ReferentialAction::fromName).orElse(null);
            ReferentialAction onUpdate = relation.flatMap(a -> AstValues.constantArgument(a, "onUpdate"))
                    .flatMap(ReferentialAction::fromName).orElse(null);
            String fkName = relation.flatMap(a -> AstValues.stringArgument(a, "map", false)).orElse(null);
            RelationField field = new RelationField(name, decl.arity(), doc, ignored, decl.span(), typeName,
                    relationName, onDelete, onUpdate, fkName);
            field.relatedModel = models.get(typeName);
            relation.ifPresent(a -> pendingRelationArguments.put(field, a));
            return field;
        }
        if (typeName != null && compositeTypes.containsKey(typeName)) {
            CompositeField field = new CompositeField(name, decl.arity(), doc, ignored, decl.span(), typeName, dbName);
            field.compositeType = compositeTypes.get(typeName);
            return field;
        }
        ScalarType scalarType = typeName == null ? null : ScalarType.fromName(typeName).orElse(null);
        NativeType nativeType = attributes.stream().filter(a -> a.name().contains("."))
                .findFirst().map(DataModelBuilder::nativeType).orElse(null);
        boolean isEnum = typeName != null && enums.containsKey(typeName);
        DefaultValue defaultValue = AstValues.attribute(attributes, "default")
                .map(a -> defaultValue(a, isEnum)).orElse(null);
        boolean updatedAt = AstValues.attribute(attributes, "updatedAt").isPresent();
        ScalarField field = new ScalarField(name, decl.arity(), doc, ignored, decl.span(),
                typeName != null ? typeName : "Unsupported", scalarType, decl.type().unsupported(), dbName,
                nativeType, defaultValue, updatedAt);
        if (isEnum) {
            field.enumType = enums.get(typeName);
        }
        return field;
    }

    /** {@code @relation} attributes waiting for every model's fields to exist. */
    private final Map<RelationField, Attribute> pendingRelationArguments = new HashMap<>();

    private static NativeType nativeType(Attribute attribute) {
        String name = attribute.name().substring(attribute.name().indexOf('.') + 1);
        List<String> args = new ArrayList<>();
        if (attribute.arguments() != null) {
            attribute.arguments().arguments().forEach(a -> args.add(literalText(a.value())));
        }
        return new NativeType(name, args);
    }

    private static String literalText(Expression expression) {
        if (expression instanceof Expression.StringValue s) {
            return s.value();
        } else if (expression instanceof Expression.NumericValue n) {
            return n.text();
        } else if (expression instanceof Expression.ConstantValue c) {
            return c.value();
        }
        return expression.toString();
    }

    private static DefaultValue defaultValue(Attribute attribute, boolean isEnum) {
        String map = AstValues.stringArgument(attribute, "map", false).orElse(null);
        Expression value = AstValues.argument(attribute, "value", true).orElse(null);
        if (value instanceof Expression.FunctionCall call) {
            Optional<Expression> first = AstValues.argument(call.arguments(), "", true);
            Integer number = first.filter(Expression.NumericValue.class::isInstance)
                    .flatMap(e -> AstValues.parseInt(((Expression.NumericValue) e).text())).orElse(null);
            return switch (call.name()) {
                case "autoincrement" -> DefaultValue.function(DefaultValue.Kind.AUTOINCREMENT, null, null, null, map);
                case "now" -> DefaultValue.function(DefaultValue.Kind.NOW, null, null, null, map);
                case "uuid" -> DefaultValue.function(DefaultValue.Kind.UUID, number != null ? number : 4, null, null, map);
                case "cuid" -> DefaultValue.function(DefaultValue.Kind.CUID, number != null ? number : 1, null, null, map);
                case "nanoid" -> DefaultValue.function(DefaultValue.Kind.NANOID, null, number, null, map);
                case "ulid" -> DefaultValue.function(DefaultValue.Kind.ULID, null, null, null, map);
                case "auto" -> DefaultValue.function(DefaultValue.Kind.AUTO, null, null, null, map);
                case "sequence" -> DefaultValue.function(DefaultValue.Kind.SEQUENCE, null, null, null, map);
                case "dbgenerated" -> DefaultValue.function(DefaultValue.Kind.DBGENERATED, null, null,
                        first.flatMap(AstValues::string).orElse(null), map);
                default -> DefaultValue.value(call.name() + "()", map);
            };
        }
        if (value == null) {
            return DefaultValue.value(null, map);
        }
        Object constant = constant(value);
        boolean enumValue = isEnum && !(value instanceof Expression.StringValue);
        return enumValue ? DefaultValue.enumValue(constant, map) : DefaultValue.value(constant, map);
    }

    private static Object constant(Expression expression) {
        if (expression instanceof Expression.StringValue s) {
            return s.value();
        } else if (expression instanceof Expression.NumericValue n) {
            return new BigDecimal(n.text());
        } else if (expression instanceof Expression.ConstantValue c) {
            return switch (c.value()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> c.value();
            };
        } else if (expression instanceof Expression.ArrayValue a) {
            List<Object> values = new ArrayList<>();
            a.values().forEach(v -> values.add(constant(v)));
            return List.copyOf(values);
        }
        return expression.toString();
    }

    /** Resolves {@code fields}/{@code references} of every relation field once all models have fields. */
    private final class RelationResolver {
        private final java.util.Collection<Model> allModels;
        private final RelationMode relationMode;
        private final int maxLength;
        private final boolean restrictSupported;

        RelationResolver(java.util.Collection<Model> allModels, RelationMode relationMode, int maxLength,
                         boolean restrictSupported) {
            this.allModels = allModels;
            this.relationMode = relationMode;
            this.maxLength = maxLength;
            this.restrictSupported = restrictSupported;
        }

        List<Relation> resolve() {
            pendingRelationArguments.forEach((field, attribute) -> {
                field.fields = scalarFields(field.model(), AstValues.argument(attribute, "fields", false));
                field.references = scalarFields(field.relatedModel(), AstValues.argument(attribute, "references", false));
            });
            List<Relation> relations = new ArrayList<>();
            Set<RelationField> paired = new HashSet<>();
            for (Model model : allModels) {
                for (RelationField field : model.relationFields()) {
                    if (paired.contains(field)) {
                        continue;
                    }
                    RelationField opposite = findOpposite(field, paired);
                    paired.add(field);
                    if (opposite != null) {
                        paired.add(opposite);
                    }
                    relations.add(relation(field, opposite));
                }
            }
            return relations;
        }

        private List<ScalarField> scalarFields(Model model, Optional<Expression> list) {
            List<ScalarField> result = new ArrayList<>();
            list.ifPresent(expression -> AstValues.elements(expression).forEach(element ->
                    AstValues.fieldName(element).flatMap(model::scalarField).ifPresent(result::add)));
            return List.copyOf(result);
        }

        private RelationField findOpposite(RelationField field, Set<RelationField> paired) {
            Model target = field.relatedModel();
            String name = field.explicitRelationName().orElse(null);
            for (RelationField candidate : target.relationFields()) {
                if (candidate == field || paired.contains(candidate) || candidate.relatedModel() != field.model()) {
                    continue;
                }
                if (java.util.Objects.equals(name, candidate.explicitRelationName().orElse(null))) {
                    return candidate;
                }
            }
            return null;
        }

        private Relation relation(RelationField field, RelationField opposite) {
            String name = field.explicitRelationName()
                    .or(() -> opposite == null ? Optional.empty() : opposite.explicitRelationName())
                    .orElseGet(() -> generatedName(field.model().name(), field.relatedModel().name()));
            Relation relation;
            if (opposite != null && field.isList() && opposite.isList()) {
                boolean swap = compare(field, opposite) > 0;
                RelationField a = swap ? opposite : field;
                RelationField b = swap ? field : opposite;
                relation = new Relation(name, Relation.Kind.IMPLICIT_MANY_TO_MANY, a, b, relationMode, maxLength,
                        restrictSupported);
            } else {
                RelationField forward = field;
                RelationField back = opposite;
                if (opposite != null && (opposite.holdsForeignKey() || (!field.holdsForeignKey() && field.isList()))) {
                    forward = opposite;
                    back = field;
                }
                boolean toMany = field.isList() || (opposite != null && opposite.isList());
                relation = new Relation(name, toMany ? Relation.Kind.ONE_TO_MANY : Relation.Kind.ONE_TO_ONE,
                        forward, back, relationMode, maxLength, restrictSupported);
            }
            field.relation = relation;
            if (opposite != null) {
                opposite.relation = relation;
            }
            return relation;
        }

        /** Many-to-many side A is the one on the model whose name sorts first (then the field name). */
        private int compare(RelationField x, RelationField y) {
            int byModel = x.model().name().compareTo(y.model().name());
            return byModel != 0 ? byModel : x.name().compareTo(y.name());
        }

        private String generatedName(String modelA, String modelB) {
            return modelA.compareTo(modelB) <= 0 ? modelA + "To" + modelB : modelB + "To" + modelA;
        }
    }
}
