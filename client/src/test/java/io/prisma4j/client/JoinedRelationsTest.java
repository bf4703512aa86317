package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "join" strategy returns exactly what the "query" strategy returns: every scalar type inside
 * related records (strings with quotes, backslashes, control characters and emoji; BigInt beyond a
 * double; Decimal; Bytes; Json; enums; dates and times alone; nulls), to-one relations on either side
 * of the foreign key and missing ones, to-many relations ordered, filtered and paged (negative take,
 * cursor), nested below a to-one, and counts. On PostgreSQL the join strategy reads binary rows, so
 * every native type is read through both paths.
 */
class JoinedRelationsTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "%s"
            }

            enum Kind {
              SMALL
              LARGE
            }

            model Owner {
              id      Int      @id @default(autoincrement())
              name    String
              items   Item[]
              profile Profile?
            }

            model Profile {
              id      Int     @id @default(autoincrement())
              ownerId Int     @unique
              bio     String?
              owner   Owner   @relation(fields: [ownerId], references: [id])
            }

            model Item {
              id      Int       @id @default(autoincrement())
              ownerId Int
              owner   Owner     @relation(fields: [ownerId], references: [id])
              text    String
              big     BigInt
              price   Float
              exact   Decimal
              flag    Boolean
              at      DateTime
              maybeAt DateTime?
              meta    Json?
              blob    Bytes?
              kind    Kind
              %s
            }
            """;

    private static final String HOSTILE = "quote \" backslash \\ slash / newline \n tab \t bell \u0007 é 中 😀 '";

    /** PostgreSQL's native types, read from binary rows by the join strategy (some sent as JSON). */
    private static final String POSTGRES_TYPES = """
              uid     String?   @db.Uuid
              zoned   DateTime? @db.Timestamptz(3)
              clockTz DateTime? @db.Timetz(3)
              real    Float?    @db.Real
              cash    Decimal?  @db.Money
              ip      String?   @db.Inet
              bits    String?   @db.VarBit
              doc     String?   @db.Xml
              plain   Json?     @db.Json
              small   Int?      @db.SmallInt
              nums    Int[]
              exacts  Decimal[]
              kinds   Kind[]
              stamps  DateTime[]
            """;

    private static PrismaClient client(TestDatabase db) {
        return client(db, db.url());
    }

    private static PrismaClient client(TestDatabase db, String url) {
        String extraField = switch (db.kind()) {
            case POSTGRESQL -> "tags String[]\n  day DateTime? @db.Date\n  clock DateTime? @db.Time(3)\n" + POSTGRES_TYPES;
            case MYSQL -> "bit Boolean? @db.Bit(1)\n  day DateTime? @db.Date\n  clock DateTime? @db.Time(3)";
            case SQLITE -> "";
        };
        for (String statement : ddl(db).split(";\n")) {
            db.execute(statement);
        }
        return PrismaClient.builder().schemaText(SCHEMA.formatted(db.provider(), extraField)).datasourceUrl(url)
                .build();
    }

    private static String ddl(TestDatabase db) {
        return switch (db.kind()) {
            case POSTGRESQL -> """
                    CREATE TYPE "Kind" AS ENUM ('SMALL', 'LARGE');
                    CREATE TABLE "Owner" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL);
                    CREATE TABLE "Profile" ("id" SERIAL PRIMARY KEY, "ownerId" INTEGER NOT NULL UNIQUE REFERENCES "Owner"("id"), "bio" TEXT);
                    CREATE TABLE "Item" ("id" SERIAL PRIMARY KEY, "ownerId" INTEGER NOT NULL REFERENCES "Owner"("id"),
                      "text" TEXT NOT NULL, "big" BIGINT NOT NULL, "price" DOUBLE PRECISION NOT NULL,
                      "exact" DECIMAL(65,30) NOT NULL, "flag" BOOLEAN NOT NULL, "at" TIMESTAMP(3) NOT NULL,
                      "maybeAt" TIMESTAMP(3), "meta" JSONB, "blob" BYTEA, "kind" "Kind" NOT NULL, "tags" TEXT[],
                      "day" DATE, "clock" TIME(3), "uid" UUID, "zoned" TIMESTAMPTZ(3), "clockTz" TIMETZ(3), "real" REAL,
                      "cash" MONEY, "ip" INET, "bits" VARBIT, "doc" XML, "plain" JSON, "small" SMALLINT, "nums" INTEGER[],
                      "exacts" DECIMAL(65,30)[], "kinds" "Kind"[], "stamps" TIMESTAMP(3)[])""";
            case MYSQL -> """
                    CREATE TABLE `Owner` (`id` INT AUTO_INCREMENT PRIMARY KEY, `name` VARCHAR(191) NOT NULL) DEFAULT CHARACTER SET utf8mb4;
                    CREATE TABLE `Profile` (`id` INT AUTO_INCREMENT PRIMARY KEY, `ownerId` INT NOT NULL UNIQUE, `bio` VARCHAR(191),
                      FOREIGN KEY (`ownerId`) REFERENCES `Owner`(`id`)) DEFAULT CHARACTER SET utf8mb4;
                    CREATE TABLE `Item` (`id` INT AUTO_INCREMENT PRIMARY KEY, `ownerId` INT NOT NULL,
                      `text` TEXT NOT NULL, `big` BIGINT NOT NULL, `price` DOUBLE NOT NULL, `exact` DECIMAL(65,30) NOT NULL,
                      `flag` BOOLEAN NOT NULL, `at` DATETIME(3) NOT NULL, `maybeAt` DATETIME(3), `meta` JSON, `blob` LONGBLOB,
                      `kind` ENUM('SMALL', 'LARGE') NOT NULL, `bit` BIT(1), `day` DATE, `clock` TIME(3),
                      FOREIGN KEY (`ownerId`) REFERENCES `Owner`(`id`)) DEFAULT CHARACTER SET utf8mb4""";
            case SQLITE -> """
                    CREATE TABLE "Owner" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL);
                    CREATE TABLE "Profile" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                      "ownerId" INTEGER NOT NULL UNIQUE REFERENCES "Owner"("id"), "bio" TEXT);
                    CREATE TABLE "Item" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "ownerId" INTEGER NOT NULL REFERENCES "Owner"("id"),
                      "text" TEXT NOT NULL, "big" BIGINT NOT NULL, "price" REAL NOT NULL, "exact" DECIMAL NOT NULL,
                      "flag" BOOLEAN NOT NULL, "at" DATETIME NOT NULL, "maybeAt" DATETIME, "meta" JSONB, "blob" BLOB,
                      "kind" TEXT NOT NULL)""";
        };
    }

    private static void seed(PrismaClient prisma, TestDatabase db) {
        byte[] blob = new byte[100];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) (i * 37);
        }
        List<Object> items = list(
                item(db, HOSTILE, 9_007_199_254_740_993L, 0.1, "12.50", true, "SMALL", map("a", list(1, 2.5, "x"), "b", null), blob),
                item(db, "plain", -1L, 1e-7, "0.000001", false, "LARGE", 42, new byte[0]),
                item(db, "", 0L, 12345.678, "-3", true, "SMALL", null, null));
        prisma.model("owner").create(map("data", map("name", "Ann " + HOSTILE, "items", map("create", items),
                "profile", map("create", map("bio", HOSTILE)))));
        prisma.model("owner").create(map("data", map("name", "Bob")));
        prisma.model("owner").create(map("data", map("name", "Cid", "items", map("create", list(
                item(db, "c1", 5L, 2.0, "1", false, "LARGE", list(), null),
                item(db, "c2", 6L, 3.0, "2", true, "SMALL", map(), null))))));
    }

    private static Map<String, Object> item(TestDatabase db, String text, long big, double price, String exact,
                                            boolean flag, String kind, Object meta, byte[] blob) {
        Map<String, Object> item = new LinkedHashMap<>(map("text", text, "big", big, "price", price,
                "exact", new java.math.BigDecimal(exact), "flag", flag, "at", "2024-02-29T23:59:59.123Z", "kind", kind));
        item.put("maybeAt", flag ? "2024-01-01T00:00:00.000Z" : null);
        if (meta != null) {
            item.put("meta", meta);
        }
        item.put("blob", blob);
        if (db.kind() != DatabaseKind.SQLITE) {
            item.put("day", flag ? "2024-02-29T00:00:00.000Z" : null);
            item.put("clock", flag ? "1970-01-01T10:11:12.345Z" : null);
        }
        switch (db.kind()) {
            case POSTGRESQL -> {
                item.put("tags", flag ? list("a", HOSTILE) : list());
                if (flag) {
                    item.putAll(map("uid", "0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b", "zoned", "2024-02-29T23:59:59.123Z",
                            "clockTz", "1970-01-01T10:11:12.345Z", "real", 1.1, "cash", new java.math.BigDecimal("-1234.56"),
                            "ip", "192.168.0.1", "bits", "10110", "doc", "<a>" + "&lt;x&gt;" + "</a>",
                            "plain", map("k", java.util.Arrays.asList(1, "two", null)), "small", -32768,
                            "nums", list(1, -2, 2_147_483_647), "exacts", list(new java.math.BigDecimal("0.1"),
                                    new java.math.BigDecimal("-123456789012345678901234567890.000000000000000000000000000001")),
                            "kinds", list("LARGE", "SMALL"), "stamps", list("2000-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z")));
                }
            }
            case MYSQL -> item.put("bit", flag ? Boolean.TRUE : null);
            default -> {
            }
        }
        return item;
    }

    private static Object both(PrismaClient prisma, String model, String action, Map<String, Object> args) {
        Map<String, Object> byQuery = new LinkedHashMap<>(args);
        byQuery.put("relationLoadStrategy", "query");
        Map<String, Object> byJoin = new LinkedHashMap<>(args);
        byJoin.put("relationLoadStrategy", "join");
        String expected = PrismaJson.write(prisma.execute(model, action, byQuery));
        String actual = PrismaJson.write(prisma.execute(model, action, byJoin));
        assertThat(actual).isEqualTo(expected);
        return PrismaJson.read(actual);
    }

    @EachDatabase
    void everyScalarTypeReadsAlikeInsideRelatedRecords(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            seed(prisma, db);
            Object owners = both(prisma, "Owner", "findMany", map("orderBy", map("id", "asc"), "include", map(
                    "profile", true, "items", map("orderBy", map("id", "asc")), "_count", map("select", map("items", true)))));
            String json = PrismaJson.write(owners);
            assertThat(json).contains(PrismaJson.write(HOSTILE)).contains("9007199254740993");
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                // Money prints with the locale's sign and group separators; it reads as its number.
                assertThat(json).contains("\"cash\":{\"$type\":\"Decimal\",\"value\":\"-1234.56\"}");
            }
            assertThat(((List<?>) owners)).hasSize(3);
        }
    }

    @EachDatabase
    void toOneRelationsOnEitherSideOfTheForeignKeyAndMissingOnes(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            seed(prisma, db);
            both(prisma, "Item", "findMany", map("orderBy", map("id", "desc"), "include", map("owner", map("include", map(
                    "profile", true, "items", map("take", 1, "orderBy", map("id", "desc"), "select", map("id", true, "text", true)))))));
            both(prisma, "Profile", "findMany", map("select", map("bio", true, "owner", map("select", map("name", true,
                    "items", map("where", map("flag", true)), "_count", true)))));
            both(prisma, "Owner", "findMany", map("select", map("name", true, "profile", map("select", map("bio", true)))));
            Object ann = both(prisma, "Owner", "findUnique", map("where", map("id", 1), "include", map("profile", true,
                    "items", map("select", map("owner", map("select", map("profile", true))))))) ;
            assertThat(PrismaJson.write(ann)).contains("\"profile\":{");
        }
    }

    @EachDatabase
    void pagedToManyRelationsKeepTheirOrder(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            seed(prisma, db);
            both(prisma, "Owner", "findMany", map("orderBy", map("id", "asc"), "include", map("items",
                    map("where", map("flag", true), "take", -2, "orderBy", map("price", "asc")))));
            both(prisma, "Owner", "findMany", map("orderBy", map("id", "asc"), "include", map("items",
                    map("cursor", map("id", 2), "skip", 1, "take", 5, "orderBy", map("id", "asc")))));
            both(prisma, "Owner", "findMany", map("orderBy", map("id", "desc"), "include", map("items",
                    map("skip", 1, "orderBy", list(map("flag", "desc"), map("text", "asc")), "include", map("owner", true)))));
            Object many = both(prisma, "Owner", "findMany", map("orderBy", map("id", "asc"), "select", map("items",
                    map("take", 2, "orderBy", map("id", "desc"), "select", map("id", true)))));
            assertThat(PrismaJson.write(many)).startsWith("[{\"items\":[{\"id\":3},{\"id\":2}]}");
        }
    }

    /**
     * The driver reads a statement's results in binary once it is prepared on the server (the fifth run,
     * or the first for binary rows): values must read the same before and after.
     */
    @EachDatabase({DatabaseKind.POSTGRESQL})
    void valuesReadTheSameOnceTheStatementIsPreparedOnTheServer(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            seed(prisma, db);
            Map<String, Object> args = map("where", map("flag", true), "orderBy", map("id", "asc"));
            String first = PrismaJson.write(prisma.model("item").findMany(args));
            for (int run = 2; run <= 8; run++) {
                assertThat(PrismaJson.write(prisma.model("item").findMany(args))).as("run %d", run).isEqualTo(first);
            }
            assertThat(first).contains("\"real\":1.1,").contains("\"clockTz\":{\"$type\":\"DateTime\","
                    + "\"value\":\"1970-01-01T10:11:12.345Z\"}");
        }
    }

    /**
     * A connection that may not prepare statements on the server (PgBouncer) cannot receive binary rows: the
     * join strategy then builds JSON, and reads every type alike too.
     */
    @EachDatabase({DatabaseKind.POSTGRESQL})
    void withPgBouncerTheJoinStrategyReadsJson(TestDatabase db) {
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "pgbouncer=true";
        try (PrismaClient prisma = client(db, url)) {
            seed(prisma, db);
            Object owners = both(prisma, "Owner", "findMany", map("orderBy", map("id", "asc"), "include", map(
                    "profile", true, "items", map("orderBy", map("id", "asc"), "include", map("owner", true)),
                    "_count", map("select", map("items", true)))));
            assertThat(PrismaJson.write(owners)).contains("\"cash\":{\"$type\":\"Decimal\",\"value\":\"-1234.56\"}");
            List<String> statements = new java.util.ArrayList<>();
            prisma.$on("query", event -> statements.add(event.query()));
            prisma.model("owner").findMany(map("relationLoadStrategy", "join", "include", map("items", true)));
            assertThat(statements).singleElement().asString().contains("json_agg").doesNotContain("array_agg");
        }
    }

    /** Binary rows are asked for by the join strategy's statements alone: a raw query's row stays text. */
    @EachDatabase({DatabaseKind.POSTGRESQL})
    void rawRowsStayTextBetweenJoinedReads(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            seed(prisma, db);
            Map<String, Object> join = map("relationLoadStrategy", "join", "include", map("items", true));
            String joined = PrismaJson.write(prisma.model("owner").findMany(join));
            for (int run = 1; run <= 8; run++) {
                assertThat(PrismaJson.write(prisma.$queryRawUnsafe("SELECT ROW(1, 'a') AS r, ARRAY[ROW(2, 'b')] AS rs")))
                        .as("run %d", run).isEqualTo("[{\"r\":\"(1,a)\",\"rs\":[\"(2,b)\"]}]");
                assertThat(PrismaJson.write(prisma.model("owner").findMany(join))).isEqualTo(joined);
            }
        }
    }

    @EachDatabase
    void aRelationOfMoreThanAMegabyteIsReadWhole(TestDatabase db) {
        try (PrismaClient prisma = client(db)) {
            prisma.model("owner").create(map("data", map("name", "Big")));
            String text = "x".repeat(500);
            List<Object> rows = list();
            for (int i = 0; i < 3_000; i++) {
                Map<String, Object> item = item(db, text + i, i, i, "1", i % 2 == 0, "SMALL", null, null);
                item.put("ownerId", 1);
                rows.add(item);
            }
            prisma.model("item").createMany(map("data", rows));
            Object owners = both(prisma, "Owner", "findMany", map("include", map("items", map("select", map("text", true)))));
            assertThat(PrismaJson.write(owners)).contains(text + 2_999);
        }
    }
}
