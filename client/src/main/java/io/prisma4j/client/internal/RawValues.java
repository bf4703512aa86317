package io.prisma4j.client.internal;

import io.prisma4j.query.document.JsonNullValue;
import io.prisma4j.query.document.JsonValues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Raw query parameters in the forms the dialects bind: dates as instants, objects and lists as JSON text. */
final class RawValues {
    private RawValues() {
    }

    static Object toBindable(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return JsonValues.write(value);
        }
        if (value instanceof JsonNullValue) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant || value == null) {
            return value;
        }
        return value;
    }
}
