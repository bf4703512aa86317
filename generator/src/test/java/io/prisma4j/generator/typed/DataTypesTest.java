package io.prisma4j.generator.typed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prisma4j.client.typed.PrismaJacksonModule;
import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scalar type of Module 3.1 through the typed client: the Java type of each getter, filters and
 * atomic updates of each type, aggregates, and the JSON Prisma Client JS would print (BigInt and Decimal
 * as strings, Bytes as base64, DateTime as an ISO instant, enums by name, Json as it is).
 */
class DataTypesTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrismaJacksonModule());
    private static final long BEYOND_DOUBLE = 9_007_199_254_740_993L;
    private static final byte[] AVATAR = {0, 1, 2, 3, 4};
    private static final Instant SCHEDULED = Instant.parse("2024-05-06T07:08:09.123Z");

    private static Path schema(TestDatabase db) {
        return Conformance.category("schemas").resolve("data-types." + db.provider() + ".prisma");
    }

    @EachDatabase(DatabaseKind.POSTGRESQL)
    void everyScalarTypeWithAScalarList(TestDatabase db) throws Exception {
        io.prisma4j.generator.tutorial.TutorialAccess.push(schema(db), db);
        try (var prisma = new generated.datatypes.PrismaClient(o -> o.schema(schema(db)).datasourceUrl(db.url()))) {
            var created = prisma.dataTypesExample.create(c -> c.data(d -> d
                    .name("Widget").description("A long text").code("W-1")
                    .age(7).bigNumber(BEYOND_DOUBLE).price(19.99).exactPrice(new BigDecimal("1234.5678"))
                    .scheduledAt(SCHEDULED).metadata(Map.of("colors", List.of("red", "blue")))
                    .avatar(AVATAR).role(generated.datatypes.Role.ADMIN).tags("new", "sale")));
            assertThat(created.tags()).containsExactly("new", "sale");
            assertThat(created.role()).isEqualTo(generated.datatypes.Role.ADMIN);
            checkScalars(created.bigNumber(), created.price(), created.exactPrice(), created.avatar(), created.metadata(),
                    created.scheduledAt(), created.isActive());

            JsonNode json = JSON.valueToTree(created);
            checkJson(json);
            assertThat(json.get("tags").toString()).isEqualTo("[\"new\",\"sale\"]");

            var pushed = prisma.dataTypesExample.update(u -> u.where(w -> w.id(created.id()))
                    .data(d -> d.tags(t -> t.push("hot")).bigNumber(b -> b.increment(2))
                            .exactPrice(p -> p.multiply(new BigDecimal("2")))));
            assertThat(pushed.tags()).containsExactly("new", "sale", "hot");
            assertThat(pushed.bigNumber()).isEqualTo(BEYOND_DOUBLE + 2);
            assertThat(pushed.exactPrice()).isEqualByComparingTo("2469.1356");
            assertThat(prisma.dataTypesExample.count(c -> c.where(w -> w
                    .bigNumber(b -> b.gt(BEYOND_DOUBLE))
                    .exactPrice(p -> p.gte("2000"))
                    .avatar(AVATAR)
                    .role(generated.datatypes.Role.ADMIN)
                    .tags(t -> t.has("hot"))))).isEqualTo(1);

            var aggregate = prisma.dataTypesExample.aggregate(a -> a._sum(s -> s.exactPrice().bigNumber())
                    ._avg(v -> v.price())._max(m -> m.scheduledAt().role()));
            assertThat(aggregate._sum().exactPrice()).isEqualByComparingTo("2469.1356");
            assertThat(aggregate._sum().bigNumber()).isEqualTo(BEYOND_DOUBLE + 2);
            assertThat(aggregate._avg().price()).isEqualTo(19.99);
            assertThat(aggregate._max().scheduledAt()).isEqualTo(SCHEDULED);
            assertThat(aggregate._max().role()).isEqualTo(generated.datatypes.Role.ADMIN);
        }
    }

    @EachDatabase({DatabaseKind.MYSQL, DatabaseKind.SQLITE})
    void everyScalarTypeWithJsonTags(TestDatabase db) throws Exception {
        io.prisma4j.generator.tutorial.TutorialAccess.push(schema(db), db);
        try (var prisma = new generated.datatypesjson.PrismaClient(o -> o.schema(schema(db)).datasourceUrl(db.url()))) {
            var created = prisma.dataTypesExample.create(c -> c.data(d -> d
                    .name("Widget").description("A long text").code("W-1")
                    .age(7).bigNumber(BEYOND_DOUBLE).price(19.99).exactPrice(new BigDecimal("1234.5678"))
                    .scheduledAt(SCHEDULED).metadata(Map.of("colors", List.of("red", "blue")))
                    .avatar(AVATAR).role(generated.datatypesjson.Role.ADMIN).tags(List.of("new", "sale"))));
            assertThat(created.tags()).isEqualTo(List.of("new", "sale"));
            checkScalars(created.bigNumber(), created.price(), created.exactPrice(), created.avatar(), created.metadata(),
                    created.scheduledAt(), created.isActive());
            checkJson(JSON.valueToTree(created));

            var groups = prisma.dataTypesExample.groupBy(g -> g.by(generated.datatypesjson.DataTypesExample.ScalarField.role)
                    ._count(c -> c._all()));
            assertThat(groups).singleElement().satisfies(group -> {
                assertThat(group.role()).isEqualTo(generated.datatypesjson.Role.ADMIN);
                assertThat(group._count()._all()).isEqualTo(1);
            });
            assertThat(prisma.dataTypesExample.count(c -> c.where(w -> w.bigNumber(BEYOND_DOUBLE).avatar(AVATAR))))
                    .isEqualTo(1);
        }
    }

    private static void checkScalars(long bigNumber, double price, BigDecimal exactPrice, byte[] avatar, Object metadata,
                                     Instant scheduledAt, boolean isActive) {
        assertThat(bigNumber).isEqualTo(BEYOND_DOUBLE);
        assertThat(price).isEqualTo(19.99);
        assertThat(exactPrice).isEqualByComparingTo("1234.5678");
        assertThat(avatar).containsExactly(AVATAR);
        assertThat(metadata).isEqualTo(Map.of("colors", List.of("red", "blue")));
        assertThat(scheduledAt).isEqualTo(SCHEDULED);
        assertThat(isActive).isTrue();
    }

    private static void checkJson(JsonNode json) {
        assertThat(json.get("bigNumber").isTextual()).isTrue();
        assertThat(json.get("bigNumber").asText()).isEqualTo("9007199254740993");
        assertThat(json.get("exactPrice").asText()).isEqualTo("1234.5678");
        assertThat(json.get("price").asDouble()).isEqualTo(19.99);
        assertThat(json.get("avatar").asText()).isEqualTo("AAECAwQ=");
        assertThat(json.get("scheduledAt").asText()).isEqualTo("2024-05-06T07:08:09.123Z");
        assertThat(json.get("role").asText()).isEqualTo("ADMIN");
        assertThat(json.get("metadata").toString()).isEqualTo("{\"colors\":[\"red\",\"blue\"]}");
    }
}
