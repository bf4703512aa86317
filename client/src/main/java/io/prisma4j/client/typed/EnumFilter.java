package io.prisma4j.client.typed;

/** Filter of an enum field ({@code role: {in: [Role.ADMIN, Role.MODERATOR]}}). */
public final class EnumFilter<E extends Enum<E> & PrismaEnum> extends Filter<E, EnumFilter<E>> {

    @Override
    protected EnumFilter<E> newFilter() {
        return new EnumFilter<>();
    }
}
