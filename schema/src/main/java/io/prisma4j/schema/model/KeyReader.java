package io.prisma4j.schema.model;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a model's primary key, unique constraints and indexes, with Prisma's default database names.
 * Field-level attributes come first (in field order), then block attributes in declaration order,
 * which is the order Prisma walks them.
 */
final class KeyReader {
    private final Model model;
    private final Top.ModelBlock block;
    private final int maxLength;

    KeyReader(Model model, Top.ModelBlock block, int maxLength) {
        this.model = model;
        this.block = block;
        this.maxLength = maxLength;
    }

    void read() {
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        block.fields().forEach(decl -> model.scalarField(decl.nameText()).ifPresent(field -> {
            if (!field.span().equals(decl.span())) {
                return;
            }
            for (Attribute attribute : decl.attributes()) {
                if (attribute.name().equals("id") && model.primaryKey == null) {
                    IndexField column = indexField(field, attribute);
                    String map = AstValues.stringArgument(attribute, "map", false).orElse(null);
                    model.primaryKey = new PrimaryKey(List.of(column), null,
                            map != null ? map : ConstraintNames.primaryKey(model.databaseName(), maxLength),
                            map != null, true, AstValues.booleanArgument(attribute, "clustered").orElse(null),
                            attribute.span());
                } else if (attribute.name().equals("unique")) {
                    String map = AstValues.stringArgument(attribute, "map", false).orElse(null);
                    uniques.add(new UniqueConstraint(List.of(indexField(field, attribute)), null,
                            map != null ? map : ConstraintNames.unique(model.databaseName(),
                                    List.of(field.databaseName()), maxLength),
                            map != null, true, AstValues.booleanArgument(attribute, "clustered").orElse(null),
                            attribute.span()));
                }
            }
        }));
        block.attributes().forEach(attribute -> {
            switch (attribute.name()) {
                case "id" -> {
                    if (model.primaryKey == null) {
                        List<IndexField> columns = columns(attribute);
                        String map = AstValues.stringArgument(attribute, "map", false).orElse(null);
                        model.primaryKey = new PrimaryKey(columns,
                                AstValues.stringArgument(attribute, "name", false).orElse(null),
                                map != null ? map : ConstraintNames.primaryKey(model.databaseName(), maxLength),
                                map != null, false, AstValues.booleanArgument(attribute, "clustered").orElse(null),
                                attribute.span());
                    }
                }
                case "unique" -> {
                    List<IndexField> columns = columns(attribute);
                    String map = AstValues.stringArgument(attribute, "map", false).orElse(null);
                    uniques.add(new UniqueConstraint(columns,
                            AstValues.stringArgument(attribute, "name", false).orElse(null),
                            map != null ? map : ConstraintNames.unique(model.databaseName(), columnNames(columns),
                                    maxLength),
                            map != null, false, AstValues.booleanArgument(attribute, "clustered").orElse(null),
                            attribute.span()));
                }
                case "index", "fulltext" -> {
                    List<IndexField> columns = columns(attribute);
                    String map = AstValues.stringArgument(attribute, "map", false).orElse(null);
                    IndexType type = attribute.name().equals("fulltext") ? IndexType.FULLTEXT
                            : AstValues.constantArgument(attribute, "type").flatMap(KeyReader::indexType).orElse(null);
                    indexes.add(new Index(columns, AstValues.stringArgument(attribute, "name", false).orElse(null),
                            map != null ? map : ConstraintNames.index(model.databaseName(), columnNames(columns),
                                    maxLength),
                            map != null, type, AstValues.booleanArgument(attribute, "clustered").orElse(null),
                            attribute.span()));
                }
                default -> {
                }
            }
        });
        model.uniques = List.copyOf(uniques);
        model.indexes = List.copyOf(indexes);
    }

    private static Optional<IndexType> indexType(String name) {
        for (IndexType type : IndexType.values()) {
            if (type.prismaName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static IndexField indexField(ScalarField field, Attribute attribute) {
        SortOrder sort = AstValues.constantArgument(attribute, "sort").map(KeyReader::sortOrder).orElse(null);
        Integer length = AstValues.intArgument(attribute, "length").orElse(null);
        return new IndexField(field, sort, length, null);
    }

    private static SortOrder sortOrder(String value) {
        return value.equals("Desc") ? SortOrder.DESC : value.equals("Asc") ? SortOrder.ASC : null;
    }

    /** The field list of a block attribute: {@code fields: [...]} or the first unnamed argument. */
    private List<IndexField> columns(Attribute attribute) {
        List<IndexField> columns = new ArrayList<>();
        AstValues.argument(attribute, "fields", true).ifPresent(list -> {
            for (Expression element : AstValues.elements(list)) {
                Optional<ScalarField> field = AstValues.fieldName(element).flatMap(model::scalarField);
                if (field.isEmpty()) {
                    continue;
                }
                SortOrder sort = null;
                Integer length = null;
                String ops = null;
                if (element instanceof Expression.FunctionCall call) {
                    sort = AstValues.argument(call.arguments(), "sort", false)
                            .filter(Expression.ConstantValue.class::isInstance)
                            .map(e -> sortOrder(((Expression.ConstantValue) e).value())).orElse(null);
                    length = AstValues.argument(call.arguments(), "length", false)
                            .filter(Expression.NumericValue.class::isInstance)
                            .flatMap(e -> AstValues.parseInt(((Expression.NumericValue) e).text())).orElse(null);
                    ops = AstValues.argument(call.arguments(), "ops", false).map(KeyReader::opsText).orElse(null);
                }
                columns.add(new IndexField(field.get(), sort, length, ops));
            }
        });
        return columns;
    }

    private static String opsText(Expression expression) {
        if (expression instanceof Expression.ConstantValue c) {
            return c.value();
        }
        if (expression instanceof Expression.FunctionCall f && f.name().equals("raw")) {
            return AstValues.argument(f.arguments(), "", true).flatMap(AstValues::string).orElse(null);
        }
        return null;
    }

    private static List<String> columnNames(List<IndexField> columns) {
        return columns.stream().map(c -> c.field().databaseName()).toList();
    }
}
