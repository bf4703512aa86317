package io.prisma4j.schema.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every diagnostic of a run in the order it was found. Validation never stops at the first
 * error: passes run in a fixed order and all of them report here.
 */
public final class Diagnostics {
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        (diagnostic.isError() ? errors : warnings).add(diagnostic);
    }

    public void addAll(Diagnostics other) {
        errors.addAll(other.errors);
        warnings.addAll(other.warnings);
    }

    public List<Diagnostic> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Diagnostic> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Errors first, then warnings, as Prisma lists them. */
    public List<Diagnostic> all() {
        List<Diagnostic> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return all;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean isEmpty() {
        return errors.isEmpty() && warnings.isEmpty();
    }

    @Override
    public String toString() {
        return all().toString();
    }
}
