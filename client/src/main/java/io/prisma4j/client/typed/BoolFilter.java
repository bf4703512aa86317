package io.prisma4j.client.typed;

/** Filter of a {@code Boolean} field. */
public final class BoolFilter extends Filter<Boolean, BoolFilter> {

    @Override
    protected BoolFilter newFilter() {
        return new BoolFilter();
    }
}
