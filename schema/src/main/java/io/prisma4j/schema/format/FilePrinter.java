package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldType;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints one parsed file in canonical layout. The rules follow {@code prisma format}:
 * <ul>
 *   <li>blocks are separated by exactly one empty line where the source had one or more (or none:
 *       a block's closing line counts as the end of a line), and leading/trailing empty lines go;</li>
 *   <li>inside a block, empty lines at the start and end go, a run of empty lines becomes one and
 *       starts a new alignment group, and comment lines stay where they were;</li>
 *   <li>block attributes ({@code @@...}) move after the fields, sorted, each keeping the comment lines
 *       written right above it, after one empty line;</li>
 *   <li>lines the grammar could not read are kept as written.</li>
 * </ul>
 */
final class FilePrinter {
    private static final int NAME = 0;
    private static final int TYPE = 1;
    private static final int ATTRIBUTES = 2;

    private final String source;
    private final ValueWriter values;
    private final Renderer out;

    private FilePrinter(String source, int indentWidth) {
        this.source = source;
        this.values = new ValueWriter(source);
        this.out = new Renderer(indentWidth);
    }

    /** The formatted text of a file whose top-level elements are {@code tops}. */
    static String print(String source, List<Top> tops, int indentWidth) {
        FilePrinter printer = new FilePrinter(source, indentWidth);
        printer.printTops(tops);
        if (!printer.out.endsWithNewline()) {
            printer.out.endLine();
        }
        return printer.out.toString();
    }

    private void printTops(List<Top> tops) {
        int i = tops.isEmpty() || !(tops.get(0) instanceof Top.EmptyLines) ? 0 : 1;
        for (; i < tops.size(); i++) {
            Top top = tops.get(i);
            if (top instanceof Top.ModelBlock model) {
                printBlock(model.kind().keyword(), model.name().name(), model.items());
            } else if (top instanceof Top.EnumBlock enumBlock) {
                printBlock("enum", enumBlock.name().name(), enumBlock.items());
            } else if (top instanceof Top.ConfigBlock config) {
                printBlock(config.kind().keyword(), config.name().name(), config.items());
            } else if (top instanceof Top.CommentLines comments) {
                Table table = new Table();
                comments(comments.lines(), table);
                table.render(out);
            } else if (top instanceof Top.EmptyLines) {
                if (i + 1 < tops.size()) {
                    out.endLine();
                }
            } else if (top instanceof Top.Invalid) {
                out.write(source.substring(top.span().start(), top.span().end()));
            }
        }
    }

    private void printBlock(String keyword, String name, List<BlockItem> items) {
        out.write(keyword);
        out.write(" ");
        out.write(name);
        out.write(" {");
        out.endLine();
        out.indentUp();
        printContents(items);
        out.indentDown();
        out.write("}");
        out.endLine();
    }

    private record PendingAttribute(BlockItem.CommentLines comment, BlockItem.BlockAttribute attribute) {
    }

    private void printContents(List<BlockItem> items) {
        List<PendingAttribute> attributes = new ArrayList<>();
        BlockItem.CommentLines commentAboveAttribute = null;
        Table table = new Table();
        int i = 0;
        if (i < items.size() && items.get(i) instanceof BlockItem.EmptyLines) {
            i++;
        }
        while (true) {
            boolean ateEmptyLines = false;
            if (i < items.size() && items.get(i) instanceof BlockItem.EmptyLines) {
                ateEmptyLines = true;
                i++;
                BlockItem next = i < items.size() ? items.get(i) : null;
                // Empty lines before the end, before a block attribute (moved anyway) or before a comment
                // (which decides for itself) are dropped; elsewhere they start a new alignment group.
                if (next != null && !(next instanceof BlockItem.BlockAttribute)
                        && !(next instanceof BlockItem.CommentLines)) {
                    table.render(out);
                    table.startRow();
                }
            }
            if (i >= items.size()) {
                break;
            }
            BlockItem item = items.get(i++);
            BlockItem next = i < items.size() ? items.get(i) : null;
            if (item instanceof BlockItem.CommentLines comment) {
                if (next instanceof BlockItem.BlockAttribute) {
                    commentAboveAttribute = comment;
                } else {
                    if (ateEmptyLines) {
                        table.render(out);
                        table.startRow();
                    }
                    comments(comment.lines(), table);
                }
            } else if (item instanceof BlockItem.Field field) {
                field(field, table);
            } else if (item instanceof BlockItem.Property property) {
                property(property, table);
            } else if (item instanceof BlockItem.EnumValue value) {
                enumValue(value, table);
            } else if (item instanceof BlockItem.BlockAttribute attribute) {
                attributes.add(new PendingAttribute(commentAboveAttribute, attribute));
                commentAboveAttribute = null;
            } else if (item instanceof BlockItem.InvalidLine invalid) {
                if (invalid.declaration() != null) {
                    // Legacy or incomplete field syntax is still a field to the formatter.
                    field(invalid.declaration(), table);
                } else {
                    table.verbatim(stripLineEnd(invalid.text()));
                }
            }
        }
        table.render(out);
        if (!attributes.isEmpty()) {
            table.startRow();
        }
        attributes.sort((a, b) -> AttributeOrder.COMPARATOR.compare(a.attribute().attribute(), b.attribute().attribute()));
        for (PendingAttribute pending : attributes) {
            if (pending.comment() != null) {
                comments(pending.comment().lines(), table);
            }
            blockAttribute(pending.attribute(), table);
        }
        table.render(out);
    }

    private void field(BlockItem.Field field, Table table) {
        table.startRow();
        table.cell(NAME).append(field.nameText());
        if (field.type() != null) {
            StringBuilder type = table.cell(TYPE);
            type.append(typeName(field.type()));
            switch (field.arity()) {
                case OPTIONAL -> type.append('?');
                case LIST -> type.append(isOptionalList(field.type()) ? "[]?" : "[]");
                default -> {
                    // A legacy "Type!" is written without its "!".
                }
            }
        }
        if (field.trailingComment() != null) {
            table.appendSuffix(field.trailingComment());
        }
        StringBuilder cell = table.cell(ATTRIBUTES);
        List<Attribute> sorted = new ArrayList<>(field.attributes());
        sorted.sort(AttributeOrder.COMPARATOR);
        for (int k = 0; k < sorted.size(); k++) {
            if (k > 0) {
                cell.append(' ');
            }
            cell.append('@');
            values.attribute(sorted.get(k), cell);
        }
    }

    /** {@code Type[]?}: an error, but written back as it was (a legacy {@code [Type]} becomes {@code Type[]}). */
    private boolean isOptionalList(FieldType type) {
        int i = skipBlanks(type.span().end());
        if (!source.startsWith("[]", i)) {
            return false;
        }
        return source.startsWith("?", skipBlanks(i + 2));
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private String typeName(FieldType type) {
        // Unsupported("...") is copied as written, like every literal.
        return type.isUnsupported() ? source.substring(type.span().start(), type.span().end()) : type.name();
    }

    private void enumValue(BlockItem.EnumValue value, Table table) {
        table.startRow();
        table.cell(0).append(value.name().name());
        for (Attribute attribute : value.attributes()) {
            // Prisma writes every attribute of an enum value into the same cell with no space between.
            StringBuilder cell = table.cell(1);
            cell.append('@');
            values.attribute(attribute, cell);
        }
        if (value.trailingComment() != null) {
            table.appendSuffix(value.trailingComment());
        }
    }

    private void property(BlockItem.Property property, Table table) {
        table.startRow();
        table.cell(0).append(property.name().name());
        StringBuilder cell = table.cell(1);
        cell.append("= ");
        values.expression(property.value(), cell);
        if (property.trailingComment() != null) {
            table.appendSuffix(property.trailingComment());
        }
    }

    private void blockAttribute(BlockItem.BlockAttribute item, Table table) {
        table.startRow();
        StringBuilder cell = table.cell(0);
        cell.append("@@");
        values.attribute(item.attribute(), cell);
        if (item.trailingComment() != null) {
            table.appendSuffix(item.trailingComment());
        }
    }

    private static void comments(List<String> lines, Table table) {
        for (String line : lines) {
            table.startRow();
            table.appendSuffix(line);
        }
    }

    private static String stripLineEnd(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }
}
