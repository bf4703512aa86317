package io.prisma4j.schema.connector;

import io.prisma4j.schema.model.IndexType;
import io.prisma4j.schema.model.ReferentialAction;
import io.prisma4j.schema.model.RelationMode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.prisma4j.schema.connector.Capability.*;
import static io.prisma4j.schema.model.ReferentialAction.*;

/**
 * What one database can do, as data: capabilities, limits, referential actions, constraint name
 * namespaces and native types. Validation, migrations and the query engine ask here rather than
 * switching on the provider.
 */
public final class Connector {
    private static final Map<Provider, Connector> CONNECTORS = new EnumMap<>(Provider.class);
    /** Referential actions emulated by prisma4j when a database has no own preference. */
    private static final Set<ReferentialAction> EMULATED = EnumSet.of(CASCADE, RESTRICT, NO_ACTION, SET_NULL);
    private static final Set<ReferentialAction> ALL_ACTIONS = EnumSet.allOf(ReferentialAction.class);

    static {
        register(new Connector(Provider.POSTGRESQL, "Postgres", 63, EnumSet.of(ENUMS, SCALAR_LISTS, JSON,
                JSON_FILTERING, JSON_FILTERING_ARRAY_PATH, JSON_ARRAY_CONTAINS, AUTOINCREMENT, AUTOINCREMENT_NON_ID,
                AUTOINCREMENT_MULTIPLE, AUTOINCREMENT_NON_INDEXED, NATIVE_TYPES, INSENSITIVE_FILTERS,
                CREATE_MANY_SKIP_DUPLICATES, RETURNING, NATIVE_UPSERT, INDEX_SORT, INDEX_TYPES, MULTI_SCHEMA,
                FOREIGN_KEYS, REFERENTIAL_ACTION_SET_DEFAULT, TRANSACTIONS, DISTINCT_ON, NAMED_PRIMARY_KEYS,
                NAMED_FOREIGN_KEYS, LATERAL_JOIN, VIEWS, DECIMAL, ENUM_LISTS, COMPOUND_IDS, IMPLICIT_MANY_TO_MANY,
                JSON_LISTS, RELATION_FIELDS_IN_ARBITRARY_ORDER))
                .actions(ALL_ACTIONS, EnumSet.of(CASCADE, RESTRICT, SET_NULL))
                .scopes(ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX,
                        ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY)
                .nativeTypes(new PostgresNativeTypes())
                .indexTypes(EnumSet.of(IndexType.BTREE, IndexType.GIST, IndexType.HASH, IndexType.GIN,
                        IndexType.SPGIST, IndexType.BRIN))
                .setNullOnRequiredWithForeignKeys()
                .urlSchemes("postgresql://", "postgres://"));
        register(new Connector(Provider.COCKROACHDB, "CockroachDB", 63, EnumSet.of(ENUMS, SCALAR_LISTS, JSON,
                JSON_FILTERING, JSON_FILTERING_ARRAY_PATH, JSON_ARRAY_CONTAINS, AUTOINCREMENT, AUTOINCREMENT_NON_ID,
                AUTOINCREMENT_MULTIPLE, AUTOINCREMENT_NON_INDEXED, NATIVE_TYPES, INSENSITIVE_FILTERS,
                CREATE_MANY_SKIP_DUPLICATES, RETURNING, NATIVE_UPSERT, INDEX_SORT, INDEX_TYPES, MULTI_SCHEMA,
                FOREIGN_KEYS, TRANSACTIONS, DISTINCT_ON, NAMED_PRIMARY_KEYS, NAMED_FOREIGN_KEYS, LATERAL_JOIN, VIEWS,
                DECIMAL, ENUM_LISTS, COMPOUND_IDS, IMPLICIT_MANY_TO_MANY, RELATION_FIELDS_IN_ARBITRARY_ORDER))
                .actions(ALL_ACTIONS, EMULATED)
                .scopes(ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY)
                .nativeTypes(new CockroachNativeTypes())
                .indexTypes(EnumSet.of(IndexType.BTREE, IndexType.GIN))
                .urlSchemes("postgresql://", "postgres://"));
        register(new Connector(Provider.MYSQL, "MySQL", 64, EnumSet.of(ENUMS, JSON, JSON_FILTERING,
                JSON_ARRAY_CONTAINS, AUTOINCREMENT, AUTOINCREMENT_NON_ID, NATIVE_TYPES, CREATE_MANY_SKIP_DUPLICATES,
                NATIVE_UPSERT, FULLTEXT_INDEX, INDEX_SORT, INDEX_LENGTH, INDEX_TYPES, FOREIGN_KEYS, TRANSACTIONS,
                NAMED_FOREIGN_KEYS, CORRELATED_SUBQUERY_JOIN, VIEWS, DECIMAL, COMPOUND_IDS,
                MULTIPLE_FULLTEXT_PER_MODEL, IMPLICIT_MANY_TO_MANY, RELATION_FIELDS_IN_ARBITRARY_ORDER, SHARD_KEYS))
                .actions(ALL_ACTIONS, EMULATED)
                .scopes(ConstraintScope.GLOBAL_FOREIGN_KEY, ConstraintScope.MODEL_KEY_INDEX)
                .nativeTypes(new MySqlNativeTypes())
                .urlSchemes("mysql"));
        register(new Connector(Provider.SQLITE, "sqlite", 10_000, EnumSet.of(ENUMS, JSON, JSON_FILTERING,
                AUTOINCREMENT, RETURNING, NATIVE_UPSERT, INDEX_SORT, FOREIGN_KEYS, REFERENTIAL_ACTION_SET_DEFAULT,
                TRANSACTIONS, NAMED_FOREIGN_KEYS, CORRELATED_SUBQUERY_JOIN, VIEWS, DECIMAL, COMPOUND_IDS,
                IMPLICIT_MANY_TO_MANY, RELATION_FIELDS_IN_ARBITRARY_ORDER))
                .actions(ALL_ACTIONS, EnumSet.of(CASCADE, RESTRICT, SET_NULL))
                .scopes(ConstraintScope.GLOBAL_KEY_INDEX)
                .urlSchemes("file"));
        register(new Connector(Provider.SQLSERVER, "SQL Server", 128, EnumSet.of(AUTOINCREMENT, AUTOINCREMENT_NON_ID,
                AUTOINCREMENT_MULTIPLE, AUTOINCREMENT_NON_INDEXED, NATIVE_TYPES, INDEX_SORT, FOREIGN_KEYS,
                REFERENTIAL_ACTION_SET_DEFAULT, TRANSACTIONS, NAMED_DEFAULT_VALUES, NAMED_PRIMARY_KEYS,
                NAMED_FOREIGN_KEYS, CLUSTERING, VIEWS, DECIMAL, MULTI_SCHEMA, COMPOUND_IDS, IMPLICIT_MANY_TO_MANY,
                REFERENCE_CYCLE_DETECTION, PRIMARY_KEY_SORT))
                .actions(EnumSet.of(CASCADE, NO_ACTION, SET_NULL, SET_DEFAULT), EMULATED)
                .scopes(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
                        ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX)
                .nativeTypes(new SqlServerNativeTypes())
                .urlSchemes("sqlserver"));
        register(new Connector(Provider.MONGODB, "MongoDB", 127, EnumSet.of(ENUMS, SCALAR_LISTS, JSON,
                COMPOSITE_TYPES, NATIVE_TYPES, INSENSITIVE_FILTERS, FULLTEXT_INDEX, INDEX_SORT, ENUM_LISTS,
                JSON_LISTS, FULLTEXT_INDEX_SORT, DEFAULT_VALUE_AUTO, TWO_WAY_EMBEDDED_MANY_TO_MANY,
                RELATION_FIELDS_IN_ARBITRARY_ORDER))
                .actions(EnumSet.noneOf(ReferentialAction.class), EMULATED)
                .scopes(ConstraintScope.MODEL_KEY_INDEX)
                .nativeTypes(new MongoDbNativeTypes())
                .relationModes(RelationMode.PRISMA)
                .urlSchemes("mongo"));
    }

    private static void register(Connector connector) {
        CONNECTORS.put(connector.provider, connector);
    }

    private final Provider provider;
    private final String name;
    private final int maxIdentifierLength;
    private final Set<Capability> capabilities;
    private Set<ReferentialAction> foreignKeyActions = ALL_ACTIONS;
    private Set<ReferentialAction> emulatedActions = EMULATED;
    private List<ConstraintScope> scopes = List.of();
    private NativeTypes nativeTypes = NativeTypes.NONE;
    private Set<IndexType> indexTypes = EnumSet.of(IndexType.BTREE);
    private List<RelationMode> relationModes = List.of(RelationMode.FOREIGN_KEYS, RelationMode.PRISMA);
    private boolean setNullOnRequiredWithForeignKeys;
    private List<String> urlSchemes = List.of();

    private Connector(Provider provider, String name, int maxIdentifierLength, Set<Capability> capabilities) {
        this.provider = provider;
        this.name = name;
        this.maxIdentifierLength = maxIdentifierLength;
        this.capabilities = capabilities;
    }

    private Connector actions(Set<ReferentialAction> foreignKeys, Set<ReferentialAction> emulated) {
        this.foreignKeyActions = foreignKeys;
        this.emulatedActions = emulated;
        return this;
    }

    private Connector scopes(ConstraintScope... scopes) {
        this.scopes = List.of(scopes);
        return this;
    }

    private Connector nativeTypes(NativeTypes nativeTypes) {
        this.nativeTypes = nativeTypes;
        return this;
    }

    private Connector indexTypes(Set<IndexType> indexTypes) {
        this.indexTypes = indexTypes;
        return this;
    }

    private Connector relationModes(RelationMode... modes) {
        this.relationModes = List.of(modes);
        return this;
    }

    private Connector setNullOnRequiredWithForeignKeys() {
        this.setNullOnRequiredWithForeignKeys = true;
        return this;
    }

    private Connector urlSchemes(String... schemes) {
        this.urlSchemes = List.of(schemes);
        return this;
    }

    public static Connector of(Provider provider) {
        return CONNECTORS.get(provider);
    }

    public Provider provider() {
        return provider;
    }

    /** The database's name as Prisma's messages spell it ({@code Postgres}, {@code MySQL}, {@code sqlite}). */
    public String name() {
        return name;
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    /** Longest identifier the database keeps (constraint names are cut to fit, as Prisma does). */
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    /** The referential actions available under {@code mode}, in Prisma's order. */
    public Set<ReferentialAction> referentialActions(RelationMode mode) {
        return mode.usesForeignKeys() ? foreignKeyActions : emulatedActions;
    }

    /** The namespaces in which constraint names must be unique; empty when names are not checked. */
    public List<ConstraintScope> constraintScopes() {
        return scopes;
    }

    /** The {@code @db.*} types of this database. */
    public NativeTypes nativeTypes() {
        return nativeTypes;
    }

    /** Index access methods ({@code type:} of {@code @@index}) the database supports. */
    public boolean supportsIndexType(IndexType type) {
        return indexTypes.contains(type);
    }

    /** The {@code relationMode} values a datasource may set. */
    public List<RelationMode> relationModes() {
        return relationModes;
    }

    /** The relation mode when the datasource sets none. */
    public RelationMode defaultRelationMode() {
        return relationModes.contains(RelationMode.FOREIGN_KEYS) ? RelationMode.FOREIGN_KEYS : RelationMode.PRISMA;
    }

    /**
     * Whether the database accepts {@code SetNull} on a required foreign key (only a warning then; an
     * error otherwise).
     */
    public boolean allowsSetNullOnRequired(RelationMode mode) {
        return setNullOnRequiredWithForeignKeys && mode.usesForeignKeys();
    }

    /**
     * Why a connection URL cannot be for this database, if it cannot: it must start with one of the
     * database's schemes (or be a Prisma Accelerate URL).
     */
    public Optional<String> urlProblem(String url) {
        if (urlSchemes.isEmpty() || url.startsWith("prisma://") || url.startsWith("prisma+postgres://")
                || urlSchemes.stream().anyMatch(url::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(switch (provider) {
            case POSTGRESQL, COCKROACHDB -> "must start with the protocol `postgresql://` or `postgres://`.";
            case MYSQL -> "must start with the protocol `mysql://`.";
            case SQLITE -> "must start with the protocol `file:`.";
            case SQLSERVER -> "must start with the protocol `sqlserver://`.";
            case MONGODB -> "must start with the protocol `mongo`.";
        });
    }
}
