package io.prisma4j.migrate.calculate;

import io.prisma4j.migrate.schema.SqlEnum;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.EnumType;

import java.util.HashMap;
import java.util.Map;

/** State shared between the calculator and its flavour while one schema is calculated. */
public final class CalculationContext {
    private final DataModel dataModel;
    private final String defaultNamespace;
    private final Map<EnumType, SqlEnum> enums = new HashMap<>();

    CalculationContext(DataModel dataModel, String defaultNamespace) {
        this.dataModel = dataModel;
        this.defaultNamespace = defaultNamespace;
    }

    public DataModel dataModel() {
        return dataModel;
    }

    /** The namespace objects go to unless {@code @@schema} says otherwise. */
    public String defaultNamespace() {
        return defaultNamespace;
    }

    public void registerEnum(EnumType enumType, SqlEnum sqlEnum) {
        enums.put(enumType, sqlEnum);
    }

    public SqlEnum sqlEnum(EnumType enumType) {
        return enums.get(enumType);
    }

    /** The namespace to record on an object: only one named explicitly with {@code @@schema}. */
    public String explicitNamespace(String schema) {
        return schema;
    }
}
