package io.prisma4j.migrate.diff;

import java.util.ArrayList;
import java.util.List;

/** What changed between two versions of a column, in Prisma's order: arity, default, type, autoincrement. */
public record ColumnChanges(boolean arity, boolean defaultValue, boolean type, boolean autoincrement,
                            TypeChange typeChange) {

    /** The changes in the order Prisma renders them. */
    public enum Change {
        ARITY, DEFAULT, TYPE, AUTOINCREMENT
    }

    public boolean differsInSomething() {
        return arity || defaultValue || type || autoincrement;
    }

    public boolean onlyDefaultChanged() {
        return defaultValue && !arity && !type && !autoincrement;
    }

    public boolean onlyTypeChanged() {
        return type && !arity && !defaultValue && !autoincrement;
    }

    public List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        if (arity) {
            changes.add(Change.ARITY);
        }
        if (defaultValue) {
            changes.add(Change.DEFAULT);
        }
        if (type) {
            changes.add(Change.TYPE);
        }
        if (autoincrement) {
            changes.add(Change.AUTOINCREMENT);
        }
        return changes;
    }
}
