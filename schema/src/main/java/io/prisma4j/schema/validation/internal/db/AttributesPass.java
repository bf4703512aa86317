package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.AttributeMessages;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.NameMessages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Third pass: reads every attribute, in Prisma's order: the attributes of all relation fields first,
 * then declaration by declaration the scalar field attributes and block attributes of each model,
 * enum and composite type. Attributes and arguments nobody reads are reported as unknown.
 */
final class AttributesPass {
    private final SchemaDb db;
    private final AttributeVisitor visitor;
    private final DefaultAttributes defaults;
    private final IdAttributes ids;
    private final IndexAttributes indexes;
    private final RelationAttributes relations;
    /** {@code @map} names already used by a scalar field of a model. */
    private final Map<ModelInfo, Map<String, ScalarFieldInfo>> mappedFieldNames = new IdentityHashMap<>();

    private AttributesPass(SchemaDb db, Diagnostics diagnostics) {
        this.db = db;
        this.visitor = new AttributeVisitor(diagnostics);
        FieldListResolver resolver = new FieldListResolver(diagnostics);
        this.defaults = new DefaultAttributes(visitor, db);
        this.ids = new IdAttributes(visitor, resolver);
        this.indexes = new IndexAttributes(visitor, resolver);
        this.relations = new RelationAttributes(visitor, resolver);
    }

    static void run(SchemaDb db, Diagnostics diagnostics) {
        new AttributesPass(db, diagnostics).run();
    }

    private void run() {
        for (RelationFieldInfo field : db.relationFields) {
            relations.visit(field);
        }
        int models = 0;
        int enums = 0;
        int composites = 0;
        for (Top top : db.ast().tops()) {
            if (top instanceof Top.EnumBlock) {
                enumAttributes(db.enums.get(enums++));
            } else if (top instanceof Top.ModelBlock block) {
                if (block.kind() == Top.BlockKind.COMPOSITE_TYPE) {
                    compositeTypeAttributes(db.compositeTypes.get(composites++));
                } else {
                    modelAttributes(db.models.get(models++));
                }
            }
        }
    }

    // ---------------------------------------------------------------- models

    private void modelAttributes(ModelInfo model) {
        for (ScalarFieldInfo field : model.scalarFields()) {
            scalarFieldAttributes(field);
        }
        visitor.visit(model.block().attributes().toList());
        if (visitor.optionalSingle("ignore")) {
            for (ScalarFieldInfo field : model.scalarFields()) {
                if (field.ignored) {
                    visitor.error(AttributeMessages.fieldAlreadyIgnoredByModel(field.span()));
                }
            }
            model.ignored = true;
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("id")) {
            ids.model(model);
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("map")) {
            model.mappedName = mapArgument();
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("schema")) {
            Expression schema = visitor.defaultArgument("map");
            String name = schema == null ? null : Coerce.string(schema, visitor.diagnostics());
            if (name != null) {
                model.schema = name;
                model.schemaSpan = schema.span();
            }
            visitor.validateArguments();
        }
        while (visitor.repeated("index")) {
            indexes.index(model);
            visitor.validateArguments();
        }
        while (visitor.repeated("unique")) {
            indexes.unique(model);
            visitor.validateArguments();
        }
        while (visitor.repeated("fulltext")) {
            indexes.fulltext(model);
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("shardKey")) {
            shardKeyFields(model);
            visitor.validateArguments();
        }
        IdAttributes.validateArity(model, visitor);
        visitor.validateAttributes();
    }

    private void scalarFieldAttributes(ScalarFieldInfo field) {
        visitor.visit(field.ast().attributes());
        if (visitor.optionalSingle("map")) {
            fieldMap(field);
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("ignore")) {
            if (field.kind().isUnsupported()) {
                visitor.error(AttributeMessages.ignoreOnUnsupported(visitor.current()));
            } else {
                field.ignored = true;
            }
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("relation")) {
            visitor.error(AttributeMessages.relationOnScalarField(visitor.current()));
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("id")) {
            ids.field(field);
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("updatedAt")) {
            if (!field.kind().isBuiltIn(io.prisma4j.schema.model.ScalarType.DATETIME)) {
                visitor.error(AttributeMessages.updatedAtNotDateTime(visitor.current()));
            }
            if (field.arity().isList()) {
                visitor.error(AttributeMessages.updatedAtOnList(visitor.current()));
            }
            field.updatedAt = true;
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("default")) {
            defaults.modelField(field);
            visitor.validateArguments();
        }
        if (field.kind() instanceof ScalarKind.BuiltIn) {
            field.nativeType = nativeType(visitor.datasourceScoped());
        }
        if (visitor.optionalSingle("unique")) {
            indexes.fieldUnique(field);
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("shardKey")) {
            visitor.validateArguments();
        }
        visitor.validateAttributes();
    }

    /** {@code @@shardKey([...])}: the fields must exist; nothing else is kept. */
    private void shardKeyFields(ModelInfo model) {
        Expression fields = visitor.defaultArgument("fields");
        if (fields != null) {
            new FieldListResolver(visitor.diagnostics()).plain(fields, visitor.current().span(), model);
        }
    }

    private void fieldMap(ScalarFieldInfo field) {
        String name = mapArgument();
        if (name == null) {
            return;
        }
        field.mappedName = name;
        ModelInfo model = field.model();
        Map<String, ScalarFieldInfo> taken = mappedFieldNames.computeIfAbsent(model, m -> new HashMap<>());
        if (taken.put(name, field) != null) {
            visitor.error(NameMessages.duplicateField(model.name(), field.name(), model.containerType(),
                    field.span()));
        }
        BlockItem.Field sameName = model.namedFields.get(name);
        if (sameName != null && sameName != field.ast()
                && model.resolved.get(sameName) instanceof ScalarFieldInfo other
                && (other.mappedName == null || other.mappedName.equals(name))) {
            visitor.error(NameMessages.duplicateField(model.name(), field.name(), model.containerType(),
                    field.span()));
        }
    }

    /** {@code @map("name")} / {@code @@map("name")}: the name, or {@code null} after reporting. */
    private String mapArgument() {
        Expression name = visitor.defaultArgument("name");
        return name == null ? null : Coerce.string(name, visitor.diagnostics());
    }

    private static NativeTypeAttribute nativeType(Attribute attribute) {
        if (attribute == null) {
            return null;
        }
        int dot = attribute.name().indexOf('.');
        List<String> args = new ArrayList<>();
        for (Argument argument : attribute.args().arguments()) {
            args.add(ExpressionText.render(argument.value()));
        }
        return new NativeTypeAttribute(attribute.name().substring(0, dot), attribute.name().substring(dot + 1), args,
                attribute.span());
    }

    // ---------------------------------------------------------------- enums and composite types

    private void enumAttributes(EnumInfo info) {
        for (BlockItem.EnumValue value : info.values()) {
            visitor.visit(value.attributes());
            if (visitor.optionalSingle("map")) {
                String name = mapArgument();
                if (name != null) {
                    info.mappedValues.put(value.name().name(), name);
                }
                visitor.validateArguments();
            }
            visitor.validateAttributes();
        }
        visitor.visit(info.block().attributes().toList());
        if (visitor.optionalSingle("map")) {
            info.mappedName = mapArgument();
            visitor.validateArguments();
        }
        if (visitor.optionalSingle("schema")) {
            Expression schema = visitor.defaultArgument("map");
            String name = schema == null ? null : Coerce.string(schema, visitor.diagnostics());
            if (name != null) {
                info.schema = name;
                info.schemaSpan = schema.span();
            }
            visitor.validateArguments();
        }
        visitor.validateAttributes();
    }

    private void compositeTypeAttributes(CompositeTypeInfo type) {
        Map<String, CompositeFieldInfo> mapped = new HashMap<>();
        for (CompositeFieldInfo field : type.fields) {
            visitor.visit(field.ast().attributes());
            if (field.kind() instanceof ScalarKind.BuiltIn) {
                field.nativeType = nativeType(visitor.datasourceScoped());
            }
            if (visitor.optionalSingle("map")) {
                compositeFieldMap(type, field, mapped);
                visitor.validateArguments();
            }
            if (visitor.optionalSingle("default")) {
                defaults.compositeField(field);
                visitor.validateArguments();
            }
            visitor.validateAttributes();
        }
    }

    private void compositeFieldMap(CompositeTypeInfo type, CompositeFieldInfo field,
                                   Map<String, CompositeFieldInfo> mapped) {
        String name = mapArgument();
        if (name == null) {
            return;
        }
        field.mappedName = name;
        if (mapped.put(name, field) != null) {
            visitor.error(NameMessages.duplicateCompositeTypeField(type.name(), name, field.span()));
        }
        BlockItem.Field sameName = type.namedFields.get(name);
        CompositeFieldInfo other = sameName == null ? null : type.resolved.get(sameName);
        if (other != null && other.mappedName == null) {
            visitor.error(NameMessages.duplicateCompositeTypeField(type.name(), field.name(), field.span()));
        }
    }
}
