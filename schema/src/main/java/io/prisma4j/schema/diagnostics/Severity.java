package io.prisma4j.schema.diagnostics;

/** How serious a diagnostic is: errors make the schema invalid, warnings do not. */
public enum Severity {
    ERROR("error"), WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word Prisma prints before the message ({@code error}, {@code warning}). */
    public String label() {
        return label;
    }
}
