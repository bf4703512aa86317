package io.prisma4j.schema.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells rendered with aligned columns: each column is as wide as its widest cell plus one
 * space, the last cell of a row is never padded, and a row's suffix (a trailing comment) follows its
 * cells after a single space without taking part in the alignment. This is how {@code prisma format}
 * lines up field names, types and attributes, and {@code key = value} pairs.
 */
final class Table {
    private final List<Row> rows = new ArrayList<>();

    private sealed interface Row {
    }

    /** A row of aligned cells plus free text after them. */
    private record Cells(List<StringBuilder> cells, StringBuilder suffix) implements Row {
    }

    /** A line written as it is, outside the alignment (a line the grammar could not read). */
    private record Verbatim(String text) implements Row {
    }

    void startRow() {
        rows.add(new Cells(new ArrayList<>(), new StringBuilder()));
    }

    /** The cell at {@code index} of the current row, creating empty cells up to it. */
    StringBuilder cell(int index) {
        Cells row = currentCells();
        while (row.cells().size() <= index) {
            row.cells().add(new StringBuilder());
        }
        return row.cells().get(index);
    }

    void appendSuffix(String text) {
        currentCells().suffix().append(text);
    }

    void verbatim(String text) {
        rows.add(new Verbatim(text));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Writes every row, one per line, and empties the table. */
    void render(Renderer out) {
        List<Integer> widths = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof Cells cells) {
                // Trailing empty cells do not count: a field without attributes ends after its type.
                List<StringBuilder> list = cells.cells();
                while (!list.isEmpty() && list.get(list.size() - 1).length() == 0) {
                    list.remove(list.size() - 1);
                }
                for (int i = 0; i < list.size(); i++) {
                    int width = width(list.get(i));
                    if (i == widths.size()) {
                        widths.add(width);
                    } else if (width > widths.get(i)) {
                        widths.set(i, width);
                    }
                }
            }
        }
        for (Row row : rows) {
            if (row instanceof Cells cells) {
                List<StringBuilder> list = cells.cells();
                for (int i = 0; i < list.size(); i++) {
                    String cell = list.get(i).toString();
                    out.write(cell);
                    if (i < list.size() - 1) {
                        out.write(" ".repeat(widths.get(i) - width(cell) + 1));
                    }
                }
                if (cells.suffix().length() > 0) {
                    if (!list.isEmpty()) {
                        out.write(" ");
                    }
                    out.write(cells.suffix().toString());
                }
            } else if (row instanceof Verbatim verbatim) {
                out.write(verbatim.text());
            }
            out.endLine();
        }
        rows.clear();
    }

    private Cells currentCells() {
        if (rows.isEmpty() || !(rows.get(rows.size() - 1) instanceof Cells cells)) {
            throw new IllegalStateException("no row of cells to write to");
        }
        return cells;
    }

    /** Prisma measures cells in UTF-8 bytes, so a non-ASCII character widens its column by its byte count. */
    private static int width(CharSequence cell) {
        return cell.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
