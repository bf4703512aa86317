package io.prisma4j.schema.model;

import java.util.Optional;

/** What happens to referencing rows when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    CASCADE("Cascade"), RESTRICT("Restrict"), NO_ACTION("NoAction"), SET_NULL("SetNull"), SET_DEFAULT("SetDefault");

    private final String prismaName;

    ReferentialAction(String prismaName) {
        this.prismaName = prismaName;
    }

    public String prismaName() {
        return prismaName;
    }

    public static Optional<ReferentialAction> fromName(String name) {
        for (ReferentialAction action : values()) {
            if (action.prismaName.equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
