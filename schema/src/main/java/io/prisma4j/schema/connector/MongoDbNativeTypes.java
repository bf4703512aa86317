package io.prisma4j.schema.connector;

import java.util.List;

import static io.prisma4j.schema.connector.NativeTypeConstructor.of;
import static io.prisma4j.schema.model.ScalarType.*;

/** MongoDB's BSON types usable as native types ({@code @db.ObjectId}, {@code @db.Long}, ...). */
final class MongoDbNativeTypes extends NativeTypes {
    MongoDbNativeTypes() {
        super(List.of(
                of("String", STRING), of("Double", FLOAT), of("BinData", BYTES), of("ObjectId", STRING, BYTES),
                of("Bool", BOOLEAN), of("Date", DATETIME), of("Int", INT), of("Timestamp", DATETIME),
                of("Long", INT, BIGINT), of("Json", JSON)));
    }
}
