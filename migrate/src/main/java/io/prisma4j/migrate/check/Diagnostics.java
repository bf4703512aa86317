package io.prisma4j.migrate.check;

import java.util.List;

/**
 * The outcome of checking a migration: warnings (data may be lost; a person confirms) and unexecutable
 * steps (they would fail on the data there is).
 */
public record Diagnostics(List<Item> warnings, List<Item> unexecutable) {
    public Diagnostics {
        warnings = List.copyOf(warnings);
        unexecutable = List.copyOf(unexecutable);
    }

    /** One message and the index of the step it is about. */
    public record Item(String message, int stepIndex) {
    }

    /** No warnings, nothing unexecutable. */
    public static Diagnostics none() {
        return new Diagnostics(List.of(), List.of());
    }

    public boolean isEmpty() {
        return warnings.isEmpty() && unexecutable.isEmpty();
    }

    public List<String> warningMessages() {
        return warnings.stream().map(Item::message).toList();
    }

    public List<String> unexecutableMessages() {
        return unexecutable.stream().map(Item::message).toList();
    }

    /**
     * One line per item with the index of its step, the unexecutable steps first:
     * {@code unexecutable step 1: ...}, then {@code warning step 0: ...}.
     */
    public String stepLines() {
        StringBuilder lines = new StringBuilder();
        unexecutable.forEach(item -> lines.append("unexecutable step ").append(item.stepIndex()).append(": ")
                .append(item.message()).append('\n'));
        warnings.forEach(item -> lines.append("warning step ").append(item.stepIndex()).append(": ")
                .append(item.message()).append('\n'));
        return lines.toString();
    }
}
