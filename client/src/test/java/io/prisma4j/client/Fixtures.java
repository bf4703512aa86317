package io.prisma4j.client;

import io.prisma4j.testkit.Conformance;
import io.prisma4j.testkit.TestDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test databases with the tables and schema of a corpus suite, and small helpers to write arguments. */
final class Fixtures {
    private Fixtures() {
    }

    /** A client on {@code db} with the tables of the corpus suite ({@code blog}, {@code transactions-raw}, ...). */
    static PrismaClient client(TestDatabase db, String suite, String... urlParameters) {
        return builder(db, suite, urlParameters).build();
    }

    static PrismaClient.Builder builder(TestDatabase db, String suite, String... urlParameters) {
        Path folder = Conformance.category("queries").resolve(suite);
        db.execute(Conformance.read(folder.resolve("ddl." + db.provider() + ".sql")));
        String url = db.url();
        if (urlParameters.length > 0) {
            url += (url.contains("?") ? "&" : "?") + String.join("&", urlParameters);
        }
        return PrismaClient.builder().schema(folder.resolve("schema." + db.provider() + ".prisma")).datasourceUrl(url);
    }

    /** An ordered map from alternating keys and values. */
    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
