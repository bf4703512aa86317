package io.prisma4j.client.internal;

import io.prisma4j.client.PrismaEvent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A query event's parameters are rendered when asked for, from the values the statement was sent with. */
class EventsTest {

    @Test
    void queryEventRendersTheParametersItWasSentWith() {
        Events events = new Events(Set.of());
        AtomicReference<PrismaEvent> seen = new AtomicReference<>();
        events.on(io.prisma4j.client.LogLevel.QUERY, seen::set);
        List<Object> parameters = new ArrayList<>(List.of("a'b", 42, true));
        parameters.add(null);
        events.query("SELECT ?", parameters, 3_000_000);
        parameters.set(0, "changed by the caller afterwards");

        PrismaEvent event = seen.get();
        assertThat(event.query()).isEqualTo("SELECT ?");
        assertThat(event.duration()).isEqualTo(3);
        assertThat(event.params()).isEqualTo("[\"a'b\",42,true,null]");
        assertThat(event.params()).as("rendered once, the same each time").isSameAs(event.params());
        assertThat(event.toString()).contains("params=[\"a'b\",42,true,null]");
    }
}
