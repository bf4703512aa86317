package io.prisma4j.migrate.introspect;

import java.util.List;

/** Enum blocks: values that are not identifiers get a sanitized name and {@code @map}. */
final class EnumWriter {
    private EnumWriter() {
    }

    static PslModel block(String name, String databaseName, List<String> values) {
        PslModel block = new PslModel("enum", name);
        for (String value : values) {
            if (Identifiers.isValid(value)) {
                block.fields.add(new PslModel.PslField(value, "", List.of()));
            } else {
                block.fields.add(new PslModel.PslField(Identifiers.sanitize(value, "V"), "",
                        List.of("@map(" + Identifiers.quote(value) + ")")));
            }
        }
        if (!databaseName.equals(name)) {
            block.blockAttributes.add("@@map(" + Identifiers.quote(databaseName) + ")");
        }
        return block;
    }

    /** The schema name of an enum value (sanitized when it is not an identifier). */
    static String valueName(String value) {
        return Identifiers.isValid(value) ? value : Identifiers.sanitize(value, "V");
    }
}
