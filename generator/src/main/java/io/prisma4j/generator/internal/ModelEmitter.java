package io.prisma4j.generator.internal;

import com.squareup.javapoet.TypeSpec;

/** One model's file: the record class with every builder, argument type and result type nested in it. */
public final class ModelEmitter {
    private final RecordEmitter records;
    private final WhereEmitter where;
    private final OrderByEmitter orderBy = new OrderByEmitter();
    private final SelectionEmitter selection = new SelectionEmitter();
    private final CreateEmitter create;
    private final UpdateEmitter update;
    private final ArgsEmitter args = new ArgsEmitter();
    private final DelegateEmitter delegate = new DelegateEmitter();
    private final EnumEmitter enumEmitter;

    public ModelEmitter(Context context) {
        this.records = new RecordEmitter(context);
        this.where = new WhereEmitter(context);
        this.create = new CreateEmitter(context);
        this.update = new UpdateEmitter(context);
        this.enumEmitter = new EnumEmitter(context);
    }

    /** The emitter of the schema's enums. */
    public Enums enums() {
        return enumEmitter::enumType;
    }

    /** Emits a schema enum. */
    @FunctionalInterface
    public interface Enums {
        TypeSpec emit(io.prisma4j.schema.model.EnumType enumType);
    }

    public TypeSpec emit(ModelInfo model) {
        TypeSpec.Builder type = records.record(model);
        if (!model.listRelations().isEmpty()) {
            type.addType(records.count(model));
        }
        type.addType(args.scalarFieldEnum(model))
                .addType(where.where(model))
                .addType(where.whereUnique(model))
                .addType(where.scalarWhere(model))
                .addType(orderBy.orderBy(model))
                .addType(selection.select(model));
        if (!model.relations().isEmpty()) {
            type.addType(selection.include(model));
        }
        type.addType(selection.fields(model));
        if (model.hasNumericFields()) {
            type.addType(selection.numericFields(model));
        }
        if (!model.listRelations().isEmpty()) {
            type.addType(selection.countSelect(model));
        }
        type.addType(create.createInput(model))
                .addType(create.createManyInput(model))
                .addType(update.updateInput(model))
                .addType(update.updateManyInput(model));
        args.args(model).forEach(type::addType);
        records.aggregates(model).forEach(type::addType);
        type.addType(delegate.delegate(model));
        return type.build();
    }
}
