package io.prisma4j.client.typed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Renders generated results as Prisma Client JS's {@code JSON.stringify(result)} does: only the loaded
 * fields, in selection order, relations nested, {@code DateTime} as an ISO-8601 string with milliseconds
 * ({@code Date.toJSON}), {@code Decimal} as its decimal string ({@code Decimal.toJSON}), {@code BigInt} as
 * its digits in a string (the usual {@code BigInt.prototype.toJSON}), {@code Bytes} as base64, enums by
 * name, Json fields as they are.
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PrismaJacksonModule());
 * String json = mapper.writeValueAsString(prisma.user.findMany(q -> q.include(i -> i.posts())));
 * }</pre>
 */
public final class PrismaJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public PrismaJacksonModule() {
        super("prisma4j", Version.unknownVersion());
        addSerializer(PrismaRecord.class, new RecordSerializer());
        addSerializer(TransactionResults.class, new StdSerializer<>(TransactionResults.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(TransactionResults value, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeStartArray();
                for (Object item : value.asList()) {
                    writeValue(item, out, provider);
                }
                out.writeEndArray();
            }
        });
    }

    /** Decimal.js's {@code toString()}: plain digits unless the exponent is below -7 or at least 21. */
    public static String decimalString(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent < -7 || exponent >= 21) {
            String digits = stripped.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (stripped.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
        }
        return stripped.toPlainString();
    }

    /** {@code Date.toJSON()}: UTC with milliseconds. */
    public static String dateString(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    private static void writeValue(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof PrismaRecord record) {
            writeRecord(record, out, provider);
        } else if (value instanceof Instant instant) {
            out.writeString(dateString(instant));
        } else if (value instanceof BigDecimal decimal) {
            out.writeString(decimalString(decimal));
        } else if (value instanceof Long || value instanceof BigInteger) {
            out.writeString(value.toString());
        } else if (value instanceof byte[] bytes) {
            out.writeString(Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof PrismaEnum constant) {
            out.writeString(constant.prismaName());
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                writeValue(item, out, provider);
            }
            out.writeEndArray();
        } else {
            provider.defaultSerializeValue(value, out);
        }
    }

    private static void writeRecord(PrismaRecord record, JsonGenerator out, SerializerProvider provider)
            throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, Object> field : record.values().entrySet()) {
            out.writeFieldName(field.getKey());
            if (record.isJson(field.getKey())) {
                provider.defaultSerializeValue(field.getValue(), out);
            } else {
                writeValue(field.getValue(), out, provider);
            }
        }
        out.writeEndObject();
    }

    private static final class RecordSerializer extends StdSerializer<PrismaRecord> {
        private static final long serialVersionUID = 1L;

        RecordSerializer() {
            super(PrismaRecord.class);
        }

        @Override
        public void serialize(PrismaRecord value, JsonGenerator out, SerializerProvider provider) throws IOException {
            writeRecord(value, out, provider);
        }
    }
}
