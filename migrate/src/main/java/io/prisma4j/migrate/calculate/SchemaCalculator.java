package io.prisma4j.migrate.calculate;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.ColumnArity;
import io.prisma4j.migrate.schema.ColumnType;
import io.prisma4j.migrate.schema.ColumnTypeFamily;
import io.prisma4j.migrate.schema.DbType;
import io.prisma4j.migrate.schema.ForeignKeyAction;
import io.prisma4j.migrate.schema.IndexAlgorithm;
import io.prisma4j.migrate.schema.IndexColumn;
import io.prisma4j.migrate.schema.IndexKind;
import io.prisma4j.migrate.schema.SqlDefault;
import io.prisma4j.migrate.schema.SqlSchema;
import io.prisma4j.migrate.schema.SqlSchemaBuilder;
import io.prisma4j.migrate.schema.Table;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.DefaultValue;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.IndexField;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.PrimaryKey;
import io.prisma4j.schema.model.ReferentialAction;
import io.prisma4j.schema.model.Relation;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.schema.model.ScalarType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calculates the SQL schema a {@link DataModel} describes. Order matters and follows Prisma: enums, then
 * one table per model (columns in field order; primary key, then {@code @unique} fields, {@code @@index},
 * {@code @@unique}, {@code @@fulltext}), then foreign keys by the field that holds them, then the join
 * tables of implicit many-to-many relations.
 */
public final class SchemaCalculator {
    private final CalculatorFlavour flavour;

    public SchemaCalculator(CalculatorFlavour flavour) {
        this.flavour = flavour;
    }

    /** The schema for {@code dataModel}; {@code defaultNamespace} is the connection's schema (PostgreSQL). */
    public SqlSchema calculate(DataModel dataModel, String defaultNamespace) {
        SqlSchemaBuilder builder = new SqlSchemaBuilder();
        CalculationContext context = new CalculationContext(dataModel, defaultNamespace);
        if (flavour.hasNamespaces()) {
            builder.namespace(defaultNamespace);
            dataModel.datasource().ifPresent(ds -> ds.schemas().forEach(builder::namespace));
        }
        flavour.calculateEnums(dataModel, builder, context);
        Map<Model, Table> tables = new HashMap<>();
        List<Model> models = dataModel.models();
        for (Model model : models) {
            Table table = builder.table(model.schema().orElse(null), model.databaseName());
            tables.put(model, table);
            for (ScalarField field : model.scalarFields()) {
                pushColumn(field, table, builder, context);
            }
            pushIndexes(model, table, builder);
        }
        if (dataModel.relationMode().usesForeignKeys()) {
            pushForeignKeys(dataModel, tables, builder);
        }
        pushJoinTables(dataModel, tables, builder);
        return builder.build();
    }

    private void pushColumn(ScalarField field, Table table, SqlSchemaBuilder builder, CalculationContext context) {
        ColumnArity arity = arity(field.arity());
        DefaultValue written = field.defaultValue().orElse(null);
        if (field.isEnum()) {
            ColumnType type = flavour.enumColumnType(field, context, builder);
            builder.column(table, field.databaseName(), type, written == null ? null : DefaultValues.forEnum(field, written),
                    false);
            return;
        }
        if (field.isUnsupported()) {
            SqlDefault def = written != null && written.kind() == DefaultValue.Kind.DBGENERATED
                    ? SqlDefault.dbGenerated(written.expression()) : null;
            builder.column(table, field.databaseName(), ColumnType.unsupported(field.unsupportedType(), arity), def,
                    false);
            return;
        }
        ScalarType scalarType = field.scalarType();
        DbType nativeType = field.nativeType().map(flavour::nativeType)
                .orElseGet(() -> flavour.defaultNativeType(scalarType));
        ColumnType type = flavour.scalarColumnType(ColumnType.of(family(scalarType), nativeType, arity));
        boolean prismaLevel = written != null && written.isGeneratedByClient();
        SqlDefault def = written == null || prismaLevel ? null : DefaultValues.forScalar(scalarType, written, flavour);
        boolean autoincrement = field.isAutoincrement() || flavour.isImplicitAutoincrementPrimaryKey(field);
        Column column = builder.column(table, field.databaseName(), type, def, autoincrement);
        if (prismaLevel) {
            builder.prismaLevelDefault(column);
        }
    }

    private void pushIndexes(Model model, Table table, SqlSchemaBuilder builder) {
        model.primaryKey().ifPresent(pk -> builder.index(table, primaryKeyName(pk), IndexKind.PRIMARY_KEY,
                IndexAlgorithm.BTREE, columns(table, pk.fields())));
        for (ModelIndexes.Entry entry : ModelIndexes.inPrismaOrder(model)) {
            builder.index(table, entry.databaseName(), entry.kind(), entry.algorithm(), columns(table, entry.fields()));
        }
    }

    private String primaryKeyName(PrimaryKey pk) {
        return flavour.namesPrimaryKeys() ? pk.databaseName() : "";
    }

    private static List<IndexColumn> columns(Table table, List<IndexField> fields) {
        List<IndexColumn> columns = new ArrayList<>();
        for (IndexField field : fields) {
            Column column = table.column(field.field().databaseName()).orElseThrow();
            io.prisma4j.migrate.schema.SortOrder sort = field.sort() == null ? null
                    : io.prisma4j.migrate.schema.SortOrder.valueOf(field.sort().name());
            IndexColumn.OperatorClass opclass = field.operatorClass() == null ? null
                    : OperatorClasses.of(field.operatorClass());
            columns.add(new IndexColumn(column, sort, field.length(), opclass));
        }
        return columns;
    }

    /** Foreign keys in the order Prisma meets the fields holding them: model order, then field order. */
    private void pushForeignKeys(DataModel dataModel, Map<Model, Table> tables, SqlSchemaBuilder builder) {
        List<Relation> inline = new ArrayList<>(dataModel.relations().stream()
                .filter(r -> !r.isManyToMany())
                .filter(r -> r.referencingField().holdsForeignKey())
                .filter(r -> tables.containsKey(r.referencingModel()) && tables.containsKey(r.referencedModel()))
                .toList());
        inline.sort(Comparator.comparing(Relation::referencingField, fieldOrder(dataModel)));
        for (Relation relation : inline) {
            RelationField side = relation.referencingField();
            Table table = tables.get(side.model());
            Table referenced = tables.get(side.relatedModel());
            List<Column> columns = side.fields().stream()
                    .map(f -> table.column(f.databaseName()).orElseThrow()).toList();
            List<Column> referencedColumns = side.references().stream()
                    .map(f -> referenced.column(f.databaseName()).orElseThrow()).toList();
            builder.foreignKey(table, relation.foreignKeyName(), referenced, columns, referencedColumns,
                    action(relation.onDelete()), action(relation.onUpdate()));
        }
    }

    private void pushJoinTables(DataModel dataModel, Map<Model, Table> tables, SqlSchemaBuilder builder) {
        List<Relation> manyToMany = new ArrayList<>(dataModel.manyToManyRelations().stream()
                .filter(r -> tables.containsKey(r.fieldA().model()) && tables.containsKey(r.fieldA().relatedModel()))
                .toList());
        manyToMany.sort(Comparator.comparing(Relation::fieldA, fieldOrder(dataModel)));
        int maxLength = dataModel.connector().maxIdentifierLength();
        for (Relation relation : manyToMany) {
            JoinTables.push(relation, tables, builder, flavour, maxLength,
                    dataModel.relationMode().usesForeignKeys());
        }
    }

    private static Comparator<RelationField> fieldOrder(DataModel dataModel) {
        List<Model> models = dataModel.allModels();
        return Comparator.<RelationField>comparingInt(f -> models.indexOf(f.model()))
                .thenComparingInt(f -> f.model().fields().indexOf((Field) f));
    }

    static ForeignKeyAction action(ReferentialAction action) {
        return switch (action) {
            case CASCADE -> ForeignKeyAction.CASCADE;
            case RESTRICT -> ForeignKeyAction.RESTRICT;
            case NO_ACTION -> ForeignKeyAction.NO_ACTION;
            case SET_NULL -> ForeignKeyAction.SET_NULL;
            case SET_DEFAULT -> ForeignKeyAction.SET_DEFAULT;
        };
    }

    public static ColumnArity arity(FieldArity arity) {
        return switch (arity) {
            case REQUIRED -> ColumnArity.REQUIRED;
            case OPTIONAL -> ColumnArity.NULLABLE;
            case LIST -> ColumnArity.LIST;
        };
    }

    static ColumnTypeFamily family(ScalarType scalarType) {
        return switch (scalarType) {
            case INT -> ColumnTypeFamily.INT;
            case BIGINT -> ColumnTypeFamily.BIGINT;
            case FLOAT -> ColumnTypeFamily.FLOAT;
            case DECIMAL -> ColumnTypeFamily.DECIMAL;
            case BOOLEAN -> ColumnTypeFamily.BOOLEAN;
            case STRING -> ColumnTypeFamily.STRING;
            case DATETIME -> ColumnTypeFamily.DATETIME;
            case JSON -> ColumnTypeFamily.JSON;
            case BYTES -> ColumnTypeFamily.BINARY;
        };
    }
}
