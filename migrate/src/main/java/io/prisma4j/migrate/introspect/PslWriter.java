package io.prisma4j.migrate.introspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes models and enums as {@code prisma format} lays them out: two-space indentation, field names, types
 * and attributes in aligned columns, block attributes after a blank line, attributes in the formatter's order
 * (Prisma reformats what it introspects, so {@code @@index} comes before {@code @@fulltext} whatever the
 * database's index order).
 */
final class PslWriter {
    /** The order {@code prisma format} sorts attributes in (stable; any other attribute comes last). */
    private static final List<String> ORDER =
            List.of("id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore");
    private static final Comparator<String> BY_RANK = Comparator.comparingInt(PslWriter::rank);
    private PslWriter() {
    }

    static String write(PslModel block) {
        StringBuilder out = new StringBuilder();
        for (String doc : block.documentation) {
            out.append("/// ").append(doc).append('\n');
        }
        out.append(block.keyword).append(' ').append(block.name).append(" {\n");
        int nameWidth = block.fields.stream().mapToInt(f -> f.name().length()).max().orElse(0);
        int typeWidth = block.fields.stream().mapToInt(f -> f.type().length()).max().orElse(0);
        for (PslModel.PslField field : block.fields) {
            StringBuilder line = new StringBuilder("  ").append(pad(field.name(), nameWidth));
            if (!field.type().isEmpty()) {
                line.append(' ').append(pad(field.type(), typeWidth));
            }
            if (!field.attributes().isEmpty()) {
                line.append(' ').append(String.join(" ", sorted(field.attributes())));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        List<String> attributes = sorted(block.blockAttributes);
        if (!attributes.isEmpty()) {
            if (!block.fields.isEmpty()) {
                out.append('\n');
            }
            for (String attribute : attributes) {
                out.append("  ").append(attribute).append('\n');
            }
        }
        return out.append("}\n").toString();
    }

    private static List<String> sorted(List<String> attributes) {
        List<String> sorted = new ArrayList<>(attributes);
        sorted.sort(BY_RANK);
        return sorted;
    }

    private static int rank(String attribute) {
        int start = attribute.startsWith("@@") ? 2 : attribute.startsWith("@") ? 1 : 0;
        int end = attribute.indexOf('(');
        String name = attribute.substring(start, end < 0 ? attribute.length() : end);
        int index = ORDER.indexOf(name);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
