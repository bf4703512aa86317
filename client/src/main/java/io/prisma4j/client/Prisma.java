package io.prisma4j.client;

import io.prisma4j.query.document.FieldReference;
import io.prisma4j.query.document.JsonNullValue;

/** Prisma's special values: the three Json nulls and field references. */
public final class Prisma {
    /** SQL NULL in a Json column (write) or filter. */
    public static final JsonNullValue DbNull = JsonNullValue.DB_NULL;
    /** The JSON value {@code null} in a Json column. */
    public static final JsonNullValue JsonNull = JsonNullValue.JSON_NULL;
    /** Either null, in Json filters. */
    public static final JsonNullValue AnyNull = JsonNullValue.ANY_NULL;

    private Prisma() {
    }

    /** A reference to another field of the model, to compare two columns in a filter. */
    public static FieldReference fieldRef(String model, String field) {
        return new FieldReference(model, field);
    }
}
