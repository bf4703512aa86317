package io.prisma4j.migrate.introspect;

import java.util.List;

/**
 * Writes models and enums as {@code prisma format} lays them out: two-space indentation, field names, types
 * and attributes in aligned columns, block attributes after a blank line.
 */
final class PslWriter {
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
                line.append(' ').append(String.join(" ", field.attributes()));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        List<String> attributes = block.blockAttributes;
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

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
