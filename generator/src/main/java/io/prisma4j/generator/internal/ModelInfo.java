package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeVariableName;
import io.prisma4j.generator.Naming;
import io.prisma4j.schema.model.CompositeField;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the emitters need to know about one model: its client fields, the Java names of its generated
 * types, and the required fields a create builder tracks in its type ("slots").
 */
public final class ModelInfo {
    private final Context context;
    private final Model model;
    private final ClassName type;
    private final List<Field> fields;
    private final List<ScalarField> scalars;
    private final List<RelationField> relations;
    private final List<ScalarField> slots;
    private final Map<ScalarField, Integer> slotIndex = new LinkedHashMap<>();

    ModelInfo(Context context, Model model) {
        this.context = context;
        this.model = model;
        this.type = ClassName.get(context.packageName(), Naming.typeName(model.name()));
        this.fields = model.fields().stream().filter(ModelInfo::isClientField).toList();
        this.scalars = fields.stream().filter(ScalarField.class::isInstance).map(ScalarField.class::cast).toList();
        this.relations = fields.stream().filter(RelationField.class::isInstance).map(RelationField.class::cast).toList();
        this.slots = scalars.stream().filter(ModelInfo::requiredInCreate).toList();
        for (int i = 0; i < slots.size(); i++) {
            slotIndex.put(slots.get(i), i);
        }
    }

    static boolean isClientField(Field field) {
        if (field.isIgnored()) {
            return false;
        }
        if (field instanceof ScalarField scalar) {
            return !scalar.isUnsupported();
        }
        if (field instanceof RelationField relation) {
            return !relation.relatedModel().isIgnored();
        }
        return field instanceof CompositeField;
    }

    /** A field a create must give: required, no default, not set by Prisma ({@code @updatedAt}). */
    private static boolean requiredInCreate(ScalarField field) {
        return field.isRequired() && !field.hasDefault() && !field.isUpdatedAt();
    }

    public Model model() {
        return model;
    }

    public String name() {
        return model.name();
    }

    public ClassName type() {
        return type;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<ScalarField> scalars() {
        return scalars;
    }

    public List<RelationField> relations() {
        return relations;
    }

    public List<RelationField> listRelations() {
        return relations.stream().filter(Field::isList).toList();
    }

    public boolean hasNumericFields() {
        return scalars.stream().anyMatch(TypeMapper::isNumeric);
    }

    /** The related model's info. */
    public ModelInfo related(RelationField relation) {
        return context.model(relation.relatedModel());
    }

    // ---- nested type names ----

    public ClassName nested(String simpleName) {
        return type.nestedClass(simpleName);
    }

    public ClassName where() {
        return nested("WhereInput");
    }

    public ClassName whereUnique() {
        return nested("WhereUniqueInput");
    }

    public ClassName scalarWhere() {
        return nested("ScalarWhereInput");
    }

    public ClassName orderBy() {
        return nested("OrderByInput");
    }

    public ClassName select() {
        return nested("Select");
    }

    /** The include builder, or the runtime's empty one for a model without relations. */
    public ClassName include() {
        return relations.isEmpty() ? Runtime.NO_RELATIONS : nested("Include");
    }

    /** The scalar field selector: {@code omit}, {@code _count}, {@code _min}, {@code _max}. */
    public ClassName fieldSelector() {
        return nested("Fields");
    }

    /** The numeric field selector ({@code _avg}, {@code _sum}), or the runtime's empty one. */
    public ClassName numericSelector() {
        return hasNumericFields() ? nested("NumericFields") : Runtime.NO_FIELDS;
    }

    public ClassName countSelect() {
        return nested("CountSelect");
    }

    public ClassName countResult() {
        return nested("Count");
    }

    public ClassName scalarFieldEnum() {
        return nested("ScalarField");
    }

    public ClassName updateInput() {
        return nested("UpdateInput");
    }

    public ClassName updateManyInput() {
        return nested("UpdateManyInput");
    }

    public ClassName createInputRaw() {
        return nested("CreateInput");
    }

    public ClassName createManyInputRaw() {
        return nested("CreateManyInput");
    }

    public ClassName delegate() {
        return nested("Delegate");
    }

    public ClassName findManyArgs() {
        return nested("FindManyArgs");
    }

    // ---- required-field slots of the create builders ----

    public List<ScalarField> slots() {
        return slots;
    }

    public int slotIndex(ScalarField field) {
        Integer index = slotIndex.get(field);
        return index == null ? -1 : index;
    }

    public TypeVariableName slotVariable(int index) {
        return TypeVariableName.get(Naming.slotVariable(slots.get(index).name()));
    }

    public List<TypeVariableName> slotVariables() {
        List<TypeVariableName> variables = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            variables.add(slotVariable(i));
        }
        return variables;
    }

    /** The marker of slot {@code index} once given, nested in the create builder ({@code CreateInput.HasEmail}). */
    public ClassName slotMarker(int index) {
        return createInputRaw().nestedClass(Naming.slotMarker(slots.get(index).name()));
    }

    /** {@code CreateInput<...>} with the given slots marked given, the others missing. */
    public TypeName createInput(Set<ScalarField> given) {
        return withSlots(createInputRaw(), given);
    }

    public TypeName createManyInput(Set<ScalarField> given) {
        return withSlots(createManyInputRaw(), given);
    }

    public TypeName createInputComplete() {
        return createInput(Set.copyOf(slots));
    }

    public TypeName createManyInputComplete() {
        return createManyInput(Set.copyOf(slots));
    }

    private TypeName withSlots(ClassName raw, Set<ScalarField> given) {
        if (slots.isEmpty()) {
            return raw;
        }
        TypeName[] arguments = new TypeName[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            arguments[i] = given.contains(slots.get(i)) ? slotMarker(i) : Runtime.MISSING;
        }
        return ParameterizedTypeName.get(raw, arguments);
    }

    /**
     * The slots given by a nested create through {@code via} (a relation field of this model): its
     * foreign key comes from the parent record, as in Prisma's {@code PostCreateWithoutAuthorInput}.
     */
    public Set<ScalarField> givenThrough(RelationField via) {
        return via == null ? Set.of() : Set.copyOf(via.fields());
    }
}
