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
            return answer(find, maps(find.selection(), rawRows));
        }
        Operation.FindMany find = (Operation.FindMany) operation;
        return answer(find, maps(find.selection(), rawRows));
    }

    /** findMany's records, or findFirst's first (null, or P2025 for OrThrow, when there is none). */
    static Object answer(Operation.FindMany find, List<Map<String, Object>> records) {
        return find.single() ? first(records, find.orThrow(), find) : records;
    }

    /** findUnique's record (null, or P2025 for OrThrow, when there is none). */
    static Object answer(Operation.FindUnique find, List<Map<String, Object>> records) {
        return first(records, find.orThrow(), find);
    }

    private static Object first(List<Map<String, Object>> records, boolean orThrow, Operation operation) {
        if (!records.isEmpty()) {
            return records.get(0);
        }
        if (orThrow) {
            throw QueryErrors.recordNotFound(operation.model(), "a query");
        }
        return null;
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
