package io.prisma4j.query.sql;

import io.prisma4j.query.QueryErrors;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.query.tree.Selection;

import java.util.List;

/**
 * The writes of one record whose answer is the one row their one statement returns: a create, update,
 * delete or upsert with RETURNING, or on MariaDB an update or upsert sent as one block. What a cached
 * plan needs to answer such a write again with other values without building its statement anew.
 * Mirrors {@link Mutations}: each of these, when it sent a single statement returning the selection's
 * scalars, made its result from that statement's row, and an update or delete that got none failed
 * with P2025.
 */
public final class SingleStatementWrites {
    private SingleStatementWrites() {
    }

    /**
     * Whether the operation, having sent one statement that returned {@code columns}, answers with that
     * statement's row mapped as {@link #result} maps it.
     */
    public static boolean covers(Operation operation, List<ColumnType> columns) {
        Selection selection = selectionOf(operation);
        if (selection == null || hasNestedWrites(operation) || selection.hasRelations()) {
            return false;
        }
        // A create returns its primary key as well when the selection leaves it out: then not this mapping.
        return Columns.of(selection).fields().stream().map(ColumnType::of).toList().equals(columns);
    }

    /** The operation's result from the rows its statement returned, each column decoded as the port decodes it. */
    public static Object result(Operation operation, List<Object[]> rawRows) {
        if (rawRows.isEmpty()) {
            if (operation instanceof Operation.UpdateOne) {
                throw QueryErrors.recordNotFound(operation.model(), "an update");
            }
            if (operation instanceof Operation.DeleteOne) {
                throw QueryErrors.recordNotFound(operation.model(), "a delete");
            }
            throw new IllegalStateException("a " + operation.getClass().getSimpleName() + " returned no row");
        }
        Selection selection = selectionOf(operation);
        return Results.toMap(Columns.of(selection).read(rawRows.get(0)), selection);
    }

    /** The selection of a create, update, delete or upsert of one record; null for any other operation. */
    private static Selection selectionOf(Operation operation) {
        if (operation instanceof Operation.CreateOne create) {
            return create.selection();
        }
        if (operation instanceof Operation.UpdateOne update) {
            return update.selection();
        }
        if (operation instanceof Operation.DeleteOne delete) {
            return delete.selection();
        }
        return operation instanceof Operation.Upsert upsert ? upsert.selection() : null;
    }

    private static boolean hasNestedWrites(Operation operation) {
        if (operation instanceof Operation.CreateOne create) {
            return create.data().hasNestedWrites();
        }
        if (operation instanceof Operation.UpdateOne update) {
            return update.data().hasNestedWrites();
        }
        return operation instanceof Operation.Upsert upsert
                && (upsert.create().hasNestedWrites() || upsert.update().hasNestedWrites());
    }
}
