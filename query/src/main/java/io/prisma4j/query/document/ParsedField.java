package io.prisma4j.query.document;

import io.prisma4j.query.schema.OutputField;
import io.prisma4j.query.schema.OutputObjectType;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A validated field of the query: its schema field, its arguments, and for object fields the validated
 * nested selection.
 */
public record ParsedField(String name, OutputField schemaField, LinkedHashMap<String, ParsedValue> arguments,
                          ParsedSelection selection) {

    /** The validated selection of an object field. */
    public record ParsedSelection(OutputObjectType type, List<ParsedField> fields) {
    }

    public ParsedValue argument(String argName) {
        return arguments.get(argName);
    }
}
