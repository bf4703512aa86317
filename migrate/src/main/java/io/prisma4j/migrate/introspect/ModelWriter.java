package io.prisma4j.migrate.introspect;

import io.prisma4j.migrate.dialect.Dialect;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.IndexAlgorithm;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.IndexKind;
import io.prisma4j.migrate.schema.SortOrder;
import io.prisma4j.migrate.schema.Table;
import io.prisma4j.schema.model.ConstraintNames;
import io.prisma4j.schema.model.DefaultValue;
import io.prisma4j.schema.model.ScalarField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The scalar fields of a model and its block attributes ({@code @@id}, {@code @@unique}, {@code @@index}, {@code @@map}). */
final class ModelWriter {
    private ModelWriter() {
    }

    static void scalarFields(Table table, PslModel model, Introspector.EnumNames enums, ExistingNames names,
                             Dialect dialect, int maxLength) {
        for (Column column : table.columns()) {
            String fieldName = names.field(table.name(), column.name()).map(ScalarField::name)
                    .orElse(Identifiers.sanitize(column.name(), "f"));
            model.fieldNames.put(column.name(), fieldName);
        }
        Optional<Index> pk = table.primaryKey();
        for (Column column : table.columns()) {
            List<String> attributes = new ArrayList<>();
            if (pk.isPresent() && pk.get().columns().size() == 1 && pk.get().contains(column)) {
                attributes.add("@id" + arguments(pk.get(), ConstraintNames.primaryKey(table.name(), maxLength),
                        dialect.calculator().namesPrimaryKeys()));
            }
            singleColumnUnique(table, column).ifPresent(unique -> attributes.add("@unique"
                    + arguments(unique, ConstraintNames.unique(table.name(), List.of(column.name()), maxLength), true)));
            Optional<ScalarField> existing = names.field(table.name(), column.name());
            Map<String, String> enumValues = new HashMap<>();
            if (column.type().enumType() != null) {
                column.type().enumType().values().forEach(v -> enumValues.put(v, EnumWriter.valueName(v)));
            }
            String defaultAttribute = FieldTypes.defaultAttribute(column, enumValues);
            if (defaultAttribute == null) {
                defaultAttribute = existing.flatMap(ScalarField::defaultValue).filter(DefaultValue::isGeneratedByClient)
                        .map(d -> "@default(" + d + ")").orElse(null);
            }
            if (defaultAttribute != null) {
                attributes.add(defaultAttribute);
            }
            if (existing.map(ScalarField::isUpdatedAt).orElse(false)) {
                attributes.add("@updatedAt");
            }
            String fieldName = model.fieldNames.get(column.name());
            if (!fieldName.equals(column.name())) {
                attributes.add("@map(" + Identifiers.quote(column.name()) + ")");
            }
            String nativeType = FieldTypes.nativeTypeAttribute(column, dialect.calculator());
            if (nativeType != null) {
                attributes.add(nativeType);
            }
            model.fields.add(new PslModel.PslField(fieldName, type(column, enums), attributes));
        }
    }

    private static String type(Column column, Introspector.EnumNames enums) {
        String base;
        if (column.type().enumType() != null) {
            base = enums.byEnum().get(column.type().enumType()).name;
        } else if (FieldTypes.scalar(column.family()) == null) {
            base = "Unsupported(" + Identifiers.quote(column.type().fullDataType()) + ")";
        } else {
            base = FieldTypes.scalar(column.family()).prismaName();
        }
        return base + (column.arity() == ColumnArity.LIST ? "[]" : column.arity() == ColumnArity.NULLABLE ? "?" : "");
    }

    /** The first single-column unique index on the column, written as {@code @unique} on the field. */
    private static Optional<Index> singleColumnUnique(Table table, Column column) {
        return table.indexes().stream().filter(i -> i.isUnique() && i.columns().size() == 1 && i.contains(column))
                .findFirst();
    }

    /** {@code (map: "...", sort: Desc, length: 10)} for a field-level {@code @id}/{@code @unique}, or {@code ""}. */
    private static String arguments(Index index, String defaultName, boolean named) {
        List<String> args = new ArrayList<>();
        if (named && !index.name().isEmpty() && !index.name().equals(defaultName)) {
            args.add("map: " + Identifiers.quote(index.name()));
        }
        IndexColumn column = index.columns().get(0);
        if (column.sortOrder() == SortOrder.DESC) {
            args.add("sort: Desc");
        }
        if (column.length() != null) {
            args.add("length: " + column.length());
        }
        return args.isEmpty() ? "" : "(" + String.join(", ", args) + ")";
    }

    static void blockAttributes(Table table, PslModel model, Dialect dialect, int maxLength) {
        List<String> attributes = new ArrayList<>();
        table.primaryKey().filter(pk -> pk.columns().size() > 1).ifPresent(pk -> attributes.add("@@id(["
                + columns(pk, model) + "]" + map(pk, ConstraintNames.primaryKey(table.name(), maxLength),
                dialect.calculator().namesPrimaryKeys()) + ")"));
        List<Index> fieldUniques = new ArrayList<>();
        for (Column column : table.columns()) {
            singleColumnUnique(table, column).ifPresent(fieldUniques::add);
        }
        for (Index index : table.secondaryIndexes()) {
            List<String> columnNames = index.columnNames();
            if (index.isUnique() && !fieldUniques.contains(index)) {
                attributes.add("@@unique([" + columns(index, model) + "]"
                        + map(index, ConstraintNames.unique(table.name(), columnNames, maxLength), true) + ")");
            }
        }
        for (Index index : table.secondaryIndexes()) {
            if (index.kind() == IndexKind.NORMAL) {
                attributes.add("@@index([" + columns(index, model) + "]"
                        + map(index, ConstraintNames.index(table.name(), index.columnNames(), maxLength), true)
                        + type(index) + ")");
            } else if (index.kind() == IndexKind.FULLTEXT) {
                attributes.add("@@fulltext([" + columns(index, model) + "]"
                        + map(index, ConstraintNames.index(table.name(), index.columnNames(), maxLength), true) + ")");
            }
        }
        if (!model.name.equals(table.name())) {
            attributes.add("@@map(" + Identifiers.quote(table.name()) + ")");
        }
        model.blockAttributes.addAll(attributes);
    }

    private static String map(Index index, String defaultName, boolean named) {
        return named && !index.name().isEmpty() && !index.name().equals(defaultName)
                ? ", map: " + Identifiers.quote(index.name()) : "";
    }

    private static String type(Index index) {
        return index.algorithm() == IndexAlgorithm.BTREE ? "" : ", type: " + switch (index.algorithm()) {
            case HASH -> "Hash";
            case GIST -> "Gist";
            case GIN -> "Gin";
            case SPGIST -> "SpGist";
            case BRIN -> "Brin";
            default -> "BTree";
        };
    }

    private static String columns(Index index, PslModel model) {
        return index.columns().stream().map(c -> {
            List<String> args = new ArrayList<>();
            if (c.sortOrder() == SortOrder.DESC) {
                args.add("sort: Desc");
            }
            if (c.length() != null) {
                args.add("length: " + c.length());
            }
            if (c.operatorClass() != null && !c.operatorClass().isDefault()) {
                args.add("ops: raw(" + Identifiers.quote(c.operatorClass().name()) + ")");
            }
            String name = model.fieldNames.get(c.column().name());
            return args.isEmpty() ? name : name + "(" + String.join(", ", args) + ")";
        }).collect(Collectors.joining(", "));
    }

    /** Prisma Client needs a primary key or a unique constraint on required columns. */
    static boolean hasUniqueCriteria(Table table) {
        return table.primaryKey().isPresent() || table.indexes().stream().anyMatch(i -> i.isUnique()
                && i.columns().stream().allMatch(c -> c.column().arity() == ColumnArity.REQUIRED));
    }
}
