package io.prisma4j.query.sql;

import io.prisma4j.query.QueryErrors;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.query.tree.Selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reads whose answer comes from one SELECT and nothing else (no relations to load, no in-memory
 * paging), and how their rows become the result: what a cached query plan needs to answer such a read
 * again with other values, without building its statement anew. Mirrors {@link SqlExecutor}'s handling
 * of the same operations.
 */
public final class SingleStatementReads {
    private SingleStatementReads() {
    }

    /** Whether the operation's result is its one SELECT's rows mapped as {@link #result} maps them. */
    public static boolean covers(Operation operation) {
        if (operation instanceof Operation.FindUnique find) {
            return withoutRelations(find.selection());
        }
        if (operation instanceof Operation.FindMany find) {
            Long take = find.args().take();
            return withoutRelations(find.selection()) && find.args().distinct().isEmpty() && (take == null || take >= 0);
        }
        return false;
    }

    /** The operation's result from the rows its statement returned, each column decoded as the port decodes it. */
    public static Object result(Operation operation, List<Object[]> rawRows) {
        if (operation instanceof Operation.FindUnique find) {
            List<Map<String, Object>> rows = maps(find.selection(), rawRows);
            if (rows.isEmpty()) {
                if (find.orThrow()) {
                    throw QueryErrors.recordNotFound(find.model(), "a query");
                }
                return null;
            }
            return rows.get(0);
        }
        Operation.FindMany find = (Operation.FindMany) operation;
        List<Map<String, Object>> rows = maps(find.selection(), rawRows);
        if (!find.single()) {
            return rows;
        }
        if (rows.isEmpty()) {
            if (find.orThrow()) {
                throw QueryErrors.recordNotFound(find.model(), "a query");
            }
            return null;
        }
        return rows.get(0);
    }

    private static List<Map<String, Object>> maps(Selection selection, List<Object[]> rawRows) {
        Columns columns = Columns.of(selection);
        List<Row> rows = new ArrayList<>(rawRows.size());
        for (Object[] raw : rawRows) {
            rows.add(columns.read(raw));
        }
        return Results.toMaps(rows, selection);
    }

    private static boolean withoutRelations(Selection selection) {
        for (Selection.Item item : selection.items()) {
            if (item instanceof Selection.RelationItem) {
                return false;
            }
        }
        return true;
    }
}
