package io.prisma4j.migrate.introspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A model (or enum) being written: its name, fields and block attributes, with documentation lines. */
final class PslModel {
    final String keyword;
    String name;
    final List<PslField> fields = new ArrayList<>();
    final List<String> blockAttributes = new ArrayList<>();
    final List<String> documentation = new ArrayList<>();
    /** Column name to field name (models only). */
    final Map<String, String> fieldNames = new HashMap<>();

    PslModel(String keyword, String name) {
        this.keyword = keyword;
        this.name = name;
    }

    /** One line of a block: a field or an enum value, in columns (name, type, attributes). */
    record PslField(String name, String type, List<String> attributes) {
    }
}
