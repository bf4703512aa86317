package io.prisma4j.schema.connector;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.prisma4j.schema.connector.Capability.*;

/**
 * What one database can do, as data: capabilities and limits. Validation, migrations and the query
 * engine ask here rather than switching on the provider.
 */
public final class Connector {
    private static final Map<Provider, Connector> CONNECTORS = new EnumMap<>(Provider.class);

    static {
        register(new Connector(Provider.POSTGRESQL, 63, EnumSet.of(ENUMS, SCALAR_LISTS, JSON, JSON_FILTERING,
                JSON_FILTERING_ARRAY_PATH, JSON_ARRAY_CONTAINS, AUTOINCREMENT, AUTOINCREMENT_NON_ID,
                AUTOINCREMENT_MULTIPLE, NATIVE_TYPES, INSENSITIVE_FILTERS, CREATE_MANY_SKIP_DUPLICATES, RETURNING,
                NATIVE_UPSERT, INDEX_SORT, INDEX_TYPES, MULTI_SCHEMA, FOREIGN_KEYS, REFERENTIAL_ACTION_SET_DEFAULT,
                TRANSACTIONS, DISTINCT_ON, NAMED_PRIMARY_KEYS, NAMED_FOREIGN_KEYS, LATERAL_JOIN, VIEWS, DECIMAL,
                ENUM_LISTS)));
        register(new Connector(Provider.COCKROACHDB, 63, EnumSet.of(ENUMS, SCALAR_LISTS, JSON, JSON_FILTERING,
                JSON_FILTERING_ARRAY_PATH, JSON_ARRAY_CONTAINS, AUTOINCREMENT, AUTOINCREMENT_NON_ID,
                AUTOINCREMENT_MULTIPLE, NATIVE_TYPES, INSENSITIVE_FILTERS, CREATE_MANY_SKIP_DUPLICATES, RETURNING,
                NATIVE_UPSERT, INDEX_SORT, INDEX_TYPES, MULTI_SCHEMA, FOREIGN_KEYS, TRANSACTIONS, DISTINCT_ON,
                NAMED_PRIMARY_KEYS, NAMED_FOREIGN_KEYS, LATERAL_JOIN, VIEWS, DECIMAL, ENUM_LISTS)));
        register(new Connector(Provider.MYSQL, 64, EnumSet.of(ENUMS, JSON, JSON_FILTERING, JSON_ARRAY_CONTAINS,
                AUTOINCREMENT, NATIVE_TYPES, CREATE_MANY_SKIP_DUPLICATES, NATIVE_UPSERT, FULLTEXT_INDEX, INDEX_SORT,
                INDEX_LENGTH, INDEX_TYPES, FOREIGN_KEYS, TRANSACTIONS, NAMED_FOREIGN_KEYS,
                CORRELATED_SUBQUERY_JOIN, VIEWS, DECIMAL)));
        register(new Connector(Provider.SQLITE, 10_000, EnumSet.of(JSON, JSON_FILTERING, AUTOINCREMENT,
                RETURNING, NATIVE_UPSERT, INDEX_SORT, FOREIGN_KEYS, REFERENTIAL_ACTION_SET_DEFAULT, TRANSACTIONS,
                NAMED_FOREIGN_KEYS, CORRELATED_SUBQUERY_JOIN, VIEWS, DECIMAL)));
        register(new Connector(Provider.SQLSERVER, 128, EnumSet.of(AUTOINCREMENT, NATIVE_TYPES, INDEX_SORT,
                FOREIGN_KEYS, REFERENTIAL_ACTION_SET_DEFAULT, TRANSACTIONS, NAMED_DEFAULT_VALUES,
                NAMED_PRIMARY_KEYS, NAMED_FOREIGN_KEYS, CLUSTERING, VIEWS, DECIMAL, MULTI_SCHEMA)));
        register(new Connector(Provider.MONGODB, 127, EnumSet.of(ENUMS, SCALAR_LISTS, JSON, COMPOSITE_TYPES,
                NATIVE_TYPES, INSENSITIVE_FILTERS, FULLTEXT_INDEX, INDEX_SORT, ENUM_LISTS)));
    }

    private static void register(Connector connector) {
        CONNECTORS.put(connector.provider, connector);
    }

    private final Provider provider;
    private final int maxIdentifierLength;
    private final Set<Capability> capabilities;

    private Connector(Provider provider, int maxIdentifierLength, Set<Capability> capabilities) {
        this.provider = provider;
        this.maxIdentifierLength = maxIdentifierLength;
        this.capabilities = capabilities;
    }

    public static Connector of(Provider provider) {
        return CONNECTORS.get(provider);
    }

    public Provider provider() {
        return provider;
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    /** Longest identifier the database keeps (constraint names are cut to fit, as Prisma does). */
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }
}
