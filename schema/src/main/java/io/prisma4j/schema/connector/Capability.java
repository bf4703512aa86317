package io.prisma4j.schema.connector;

/**
 * Things a database can or cannot do that change what prisma4j accepts or how it behaves. Shared code
 * asks {@link Connector#has(Capability)} instead of switching on the provider.
 */
public enum Capability {
    /** {@code enum} types. */
    ENUMS,
    /** Lists of scalars ({@code String[]}). */
    SCALAR_LISTS,
    /** {@code Json} fields. */
    JSON,
    /** Filters on Json fields ({@code path}, {@code string_contains}, ...). */
    JSON_FILTERING,
    /** {@code Json} {@code path} given as an array of keys (PostgreSQL) rather than a JSON-path string. */
    JSON_FILTERING_ARRAY_PATH,
    /** {@code array_contains} and friends on Json. */
    JSON_ARRAY_CONTAINS,
    /** Composite types (embedded documents). */
    COMPOSITE_TYPES,
    /** {@code @default(autoincrement())}. */
    AUTOINCREMENT,
    /** Autoincrement on a field that is not the id. */
    AUTOINCREMENT_NON_ID,
    /** More than one autoincrement column per table. */
    AUTOINCREMENT_MULTIPLE,
    /** Native types ({@code @db.*}). */
    NATIVE_TYPES,
    /** {@code mode: "insensitive"} string filters. */
    INSENSITIVE_FILTERS,
    /** {@code createMany(skipDuplicates: true)}. */
    CREATE_MANY_SKIP_DUPLICATES,
    /** {@code createManyAndReturn}/{@code updateManyAndReturn} (needs {@code RETURNING}). */
    RETURNING,
    /** {@code INSERT ... ON CONFLICT} / {@code ON DUPLICATE KEY} upserts done by the database. */
    NATIVE_UPSERT,
    /** {@code @@fulltext} indexes. */
    FULLTEXT_INDEX,
    /** Sort order in indexes ({@code sort: Desc}). */
    INDEX_SORT,
    /** Prefix length in indexes ({@code length:}). */
    INDEX_LENGTH,
    /** Index access methods ({@code type: Hash}, ...). */
    INDEX_TYPES,
    /** {@code @@schema} and {@code schemas}. */
    MULTI_SCHEMA,
    /** {@code relationMode = "foreignKeys"} is possible. */
    FOREIGN_KEYS,
    /** {@code SetDefault} referential action (with foreign keys). */
    REFERENTIAL_ACTION_SET_DEFAULT,
    /** Interactive and batch transactions. */
    TRANSACTIONS,
    /** {@code distinct} done in SQL ({@code DISTINCT ON}). */
    DISTINCT_ON,
    /** Named default constraints ({@code @default(..., map:)}). */
    NAMED_DEFAULT_VALUES,
    /** Named primary keys ({@code @@id(map:)}). */
    NAMED_PRIMARY_KEYS,
    /** Named foreign keys ({@code @relation(map:)}). */
    NAMED_FOREIGN_KEYS,
    /** Lateral joins with JSON aggregation for {@code relationLoadStrategy: "join"}. */
    LATERAL_JOIN,
    /** Correlated subqueries with JSON aggregation for {@code relationLoadStrategy: "join"}. */
    CORRELATED_SUBQUERY_JOIN,
    /** Views ({@code view} blocks). */
    VIEWS,
    /** Decimal type. */
    DECIMAL,
    /** Clustered indexes ({@code clustered:}). */
    CLUSTERING,
    /** Enums as a list type. */
    ENUM_LISTS,
    /** Primary keys made of more than one field ({@code @@id([a, b])}). */
    COMPOUND_IDS,
    /** {@code autoincrement()} on a field that is not indexed. */
    AUTOINCREMENT_NON_INDEXED,
    /** More than one {@code @@fulltext} per model. */
    MULTIPLE_FULLTEXT_PER_MODEL,
    /** {@code sort:} on the fields of a {@code @@fulltext} index. */
    FULLTEXT_INDEX_SORT,
    /** {@code sort:} on the fields of a primary key. */
    PRIMARY_KEY_SORT,
    /** {@code @default(auto())} (MongoDB ObjectIds). */
    DEFAULT_VALUE_AUTO,
    /** Many-to-many relations through a join table ({@code _AToB}). */
    IMPLICIT_MANY_TO_MANY,
    /** Many-to-many relations stored as id lists on both sides (MongoDB). */
    TWO_WAY_EMBEDDED_MANY_TO_MANY,
    /** Lists of {@code Json} values. */
    JSON_LISTS,
    /** Cascading referential action cycles are rejected by the database (SQL Server). */
    REFERENCE_CYCLE_DETECTION,
    /** {@code fields}/{@code references} may list a unique criterion in any order. */
    RELATION_FIELDS_IN_ARBITRARY_ORDER,
    /** {@code @@shardKey} / {@code @shardKey}. */
    SHARD_KEYS
}
