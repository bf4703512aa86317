package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema being generated and the Java names of its models and enums. */
public final class Context {
    private final DataModel dataModel;
    private final String packageName;
    private final Map<String, ModelInfo> models = new LinkedHashMap<>();
    private final Map<String, ClassName> enums = new LinkedHashMap<>();

    public Context(DataModel dataModel, String packageName) {
        this.dataModel = dataModel;
        this.packageName = packageName;
        for (EnumType enumType : dataModel.enums()) {
            enums.put(enumType.name(), ClassName.get(packageName, Naming.typeName(enumType.name())));
        }
        for (Model model : clientModels()) {
            models.put(model.name(), new ModelInfo(this, model));
        }
    }

    public DataModel dataModel() {
        return dataModel;
    }

    public String packageName() {
        return packageName;
    }

    /** Models and views the client has (not {@code @@ignore}d), in schema order. */
    public List<Model> clientModels() {
        return dataModel.allModels().stream().filter(m -> !m.isIgnored()).toList();
    }

    public ModelInfo model(Model model) {
        return model(model.name());
    }

    public ModelInfo model(String name) {
        ModelInfo info = models.get(name);
        if (info == null) {
            throw new IllegalStateException("No model " + name + " in the client");
        }
        return info;
    }

    public ClassName enumType(EnumType type) {
        return enums.get(type.name());
    }

    /** Simple names of every generated top-level type (other types with these names get qualified). */
    public List<String> topLevelNames() {
        List<String> names = new java.util.ArrayList<>();
        models.values().forEach(m -> names.add(m.type().simpleName()));
        enums.values().forEach(e -> names.add(e.simpleName()));
        names.add("PrismaClient");
        return names;
    }
}
