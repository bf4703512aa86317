package io.prisma4j.client.typed;

import java.time.Instant;

/** Filter of a {@code DateTime} field ({@link Instant}). */
public final class DateTimeFilter extends OrderedFilter<Instant, DateTimeFilter> {

    @Override
    protected DateTimeFilter newFilter() {
        return new DateTimeFilter();
    }
}
