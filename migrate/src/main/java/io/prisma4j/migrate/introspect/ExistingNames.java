package io.prisma4j.migrate.introspect;

import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What re-introspection keeps from the schema being replaced: model, field and enum names for the same
 * database names, relation field names for the same foreign key columns, and the attributes the database
 * cannot tell ({@code @updatedAt}, defaults computed by prisma4j such as {@code cuid()}).
 */
final class ExistingNames {
    private final Map<String, Model> modelsByTable = new HashMap<>();
    private final Map<String, EnumType> enumsByName = new HashMap<>();

    ExistingNames(DataModel existing) {
        if (existing == null) {
            return;
        }
        for (Model model : existing.models()) {
            modelsByTable.put(model.databaseName(), model);
        }
        for (EnumType enumType : existing.enums()) {
            enumsByName.put(enumType.databaseName(), enumType);
        }
    }

    static ExistingNames none() {
        return new ExistingNames(null);
    }

    Optional<Model> model(String table) {
        return Optional.ofNullable(modelsByTable.get(table));
    }

    Optional<String> modelName(String table) {
        return model(table).map(Model::name);
    }

    Optional<ScalarField> field(String table, String column) {
        return model(table).flatMap(m -> m.scalarFields().stream().filter(f -> f.databaseName().equals(column)).findFirst());
    }

    Optional<String> enumName(String databaseName) {
        return Optional.ofNullable(enumsByName.get(databaseName)).map(EnumType::name);
    }

    /** The enum an existing field used, when it has exactly these values (MySQL enums belong to columns). */
    Optional<EnumType> fieldEnum(String table, String column, List<String> values) {
        return field(table, column).map(ScalarField::enumType)
                .filter(e -> e.values().stream().map(EnumType.Value::databaseName).toList().equals(values));
    }

    /** The existing relation field holding a foreign key on exactly these columns. */
    Optional<RelationField> forwardField(String table, List<String> columns) {
        return model(table).flatMap(m -> m.relationFields().stream()
                .filter(f -> f.fields().stream().map(ScalarField::databaseName).toList().equals(columns)).findFirst());
    }
}
