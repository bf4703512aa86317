package io.prisma4j.generator.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import io.prisma4j.client.PrismaOperations;
import io.prisma4j.client.typed.AggregateArgsBase;
import io.prisma4j.client.typed.BigIntFilter;
import io.prisma4j.client.typed.BigIntUpdate;
import io.prisma4j.client.typed.BoolFilter;
import io.prisma4j.client.typed.BytesFilter;
import io.prisma4j.client.typed.ClientOptions;
import io.prisma4j.client.typed.ClientSchema;
import io.prisma4j.client.typed.CountArgsBase;
import io.prisma4j.client.typed.CreateArgsBase;
import io.prisma4j.client.typed.CreateManyArgsBase;
import io.prisma4j.client.typed.DateTimeFilter;
import io.prisma4j.client.typed.DecimalFilter;
import io.prisma4j.client.typed.DecimalUpdate;
import io.prisma4j.client.typed.DeleteManyArgsBase;
import io.prisma4j.client.typed.EnumFilter;
import io.prisma4j.client.typed.FindManyArgsBase;
import io.prisma4j.client.typed.FindUniqueArgsBase;
import io.prisma4j.client.typed.FloatFilter;
import io.prisma4j.client.typed.FloatUpdate;
import io.prisma4j.client.typed.GroupByArgsBase;
import io.prisma4j.client.typed.InputObject;
import io.prisma4j.client.typed.IntFilter;
import io.prisma4j.client.typed.IntUpdate;
import io.prisma4j.client.typed.JsonFilter;
import io.prisma4j.client.typed.ListRelationFilter;
import io.prisma4j.client.typed.ListUpdate;
import io.prisma4j.client.typed.Missing;
import io.prisma4j.client.typed.ModelDelegate;
import io.prisma4j.client.typed.NoFields;
import io.prisma4j.client.typed.NoRelations;
import io.prisma4j.client.typed.NullsOrder;
import io.prisma4j.client.typed.PrismaEnum;
import io.prisma4j.client.typed.PrismaRecord;
import io.prisma4j.client.typed.RecordShape;
import io.prisma4j.client.typed.RelationArgs;
import io.prisma4j.client.typed.RelationCountArgs;
import io.prisma4j.client.typed.RelationCountFilter;
import io.prisma4j.client.typed.ScalarListFilter;
import io.prisma4j.client.typed.SortOrder;
import io.prisma4j.client.typed.StringFilter;
import io.prisma4j.client.typed.ToManyCreate;
import io.prisma4j.client.typed.ToManyUpdate;
import io.prisma4j.client.typed.ToOneCreate;
import io.prisma4j.client.typed.ToOneUpdate;
import io.prisma4j.client.typed.TypedClient;
import io.prisma4j.client.typed.UpdateArgsBase;
import io.prisma4j.client.typed.UpdateManyArgsBase;
import io.prisma4j.client.typed.UpsertArgsBase;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The runtime types generated code builds on, as JavaPoet names. */
final class Runtime {
    static final ClassName OPERATIONS = ClassName.get(PrismaOperations.class);
    static final ClassName DYNAMIC_CLIENT = ClassName.get(io.prisma4j.client.PrismaClient.class);
    static final ClassName INPUT = ClassName.get(InputObject.class);
    static final ClassName RECORD = ClassName.get(PrismaRecord.class);
    static final ClassName SHAPE = ClassName.get(RecordShape.class);
    static final ClassName PRISMA_ENUM = ClassName.get(PrismaEnum.class);
    static final ClassName MISSING = ClassName.get(Missing.class);
    static final ClassName SORT_ORDER = ClassName.get(SortOrder.class);
    static final ClassName NULLS_ORDER = ClassName.get(NullsOrder.class);
    static final ClassName NO_RELATIONS = ClassName.get(NoRelations.class);
    static final ClassName NO_FIELDS = ClassName.get(NoFields.class);
    static final ClassName STRING_FILTER = ClassName.get(StringFilter.class);
    static final ClassName INT_FILTER = ClassName.get(IntFilter.class);
    static final ClassName BIGINT_FILTER = ClassName.get(BigIntFilter.class);
    static final ClassName FLOAT_FILTER = ClassName.get(FloatFilter.class);
    static final ClassName DECIMAL_FILTER = ClassName.get(DecimalFilter.class);
    static final ClassName DATETIME_FILTER = ClassName.get(DateTimeFilter.class);
    static final ClassName BOOL_FILTER = ClassName.get(BoolFilter.class);
    static final ClassName BYTES_FILTER = ClassName.get(BytesFilter.class);
    static final ClassName ENUM_FILTER = ClassName.get(EnumFilter.class);
    static final ClassName JSON_FILTER = ClassName.get(JsonFilter.class);
    static final ClassName LIST_FILTER = ClassName.get(ScalarListFilter.class);
    static final ClassName INT_UPDATE = ClassName.get(IntUpdate.class);
    static final ClassName BIGINT_UPDATE = ClassName.get(BigIntUpdate.class);
    static final ClassName FLOAT_UPDATE = ClassName.get(FloatUpdate.class);
    static final ClassName DECIMAL_UPDATE = ClassName.get(DecimalUpdate.class);
    static final ClassName LIST_UPDATE = ClassName.get(ListUpdate.class);
    static final ClassName LIST_RELATION_FILTER = ClassName.get(ListRelationFilter.class);
    static final ClassName TO_ONE_CREATE = ClassName.get(ToOneCreate.class);
    static final ClassName TO_MANY_CREATE = ClassName.get(ToManyCreate.class);
    static final ClassName TO_ONE_UPDATE = ClassName.get(ToOneUpdate.class);
    static final ClassName TO_MANY_UPDATE = ClassName.get(ToManyUpdate.class);
    static final ClassName RELATION_ARGS = ClassName.get(RelationArgs.class);
    static final ClassName RELATION_COUNT_ARGS = ClassName.get(RelationCountArgs.class);
    static final ClassName RELATION_COUNT_FILTER = ClassName.get(RelationCountFilter.class);
    static final ClassName FIND_UNIQUE_ARGS = ClassName.get(FindUniqueArgsBase.class);
    static final ClassName FIND_MANY_ARGS = ClassName.get(FindManyArgsBase.class);
    static final ClassName CREATE_ARGS = ClassName.get(CreateArgsBase.class);
    static final ClassName CREATE_MANY_ARGS = ClassName.get(CreateManyArgsBase.class);
    static final ClassName UPDATE_ARGS = ClassName.get(UpdateArgsBase.class);
    static final ClassName UPDATE_MANY_ARGS = ClassName.get(UpdateManyArgsBase.class);
    static final ClassName UPSERT_ARGS = ClassName.get(UpsertArgsBase.class);
    static final ClassName DELETE_MANY_ARGS = ClassName.get(DeleteManyArgsBase.class);
    static final ClassName COUNT_ARGS = ClassName.get(CountArgsBase.class);
    static final ClassName AGGREGATE_ARGS = ClassName.get(AggregateArgsBase.class);
    static final ClassName GROUP_BY_ARGS = ClassName.get(GroupByArgsBase.class);
    static final ClassName DELEGATE = ClassName.get(ModelDelegate.class);
    static final ClassName TYPED_CLIENT = ClassName.get(TypedClient.class);
    static final ClassName CLIENT_OPTIONS = ClassName.get(ClientOptions.class);
    static final ClassName CLIENT_SCHEMA = ClassName.get(ClientSchema.class);
    static final ClassName CONSUMER = ClassName.get(Consumer.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);

    private Runtime() {
    }

    static TypeName consumer(TypeName type) {
        return ParameterizedTypeName.get(CONSUMER, type);
    }

    static TypeName list(TypeName type) {
        return ParameterizedTypeName.get(LIST, type.box());
    }

    /** {@code Map<String, ?>}: what a generated record's constructor takes. */
    static TypeName valuesMap() {
        return ParameterizedTypeName.get(MAP, ClassName.get(String.class),
                com.squareup.javapoet.WildcardTypeName.subtypeOf(Object.class));
    }
}
