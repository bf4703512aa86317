package io.prisma4j.client.typed;

/** The {@code _avg}/{@code _sum} builder of a model without numeric fields: there is nothing to average. */
public final class NoFields extends InputObject {
}
