package io.prisma4j.client.typed;

/** Filter of a {@code Bytes} field ({@code byte[]}). */
public final class BytesFilter extends Filter<byte[], BytesFilter> {

    @Override
    protected BytesFilter newFilter() {
        return new BytesFilter();
    }
}
