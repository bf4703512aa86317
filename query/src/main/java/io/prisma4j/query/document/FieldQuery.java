package io.prisma4j.query.document;

import java.util.LinkedHashMap;

/**
 * A field of the protocol query: its arguments and what to select from its result, as Prisma Client JS
 * sends them ({@code {arguments: {...}, selection: {$scalars: true, posts: {...}}}}).
 */
public record FieldQuery(LinkedHashMap<String, ArgValue> arguments, Selection selection) {

    /**
     * A selection set: {@code $scalars} (every scalar field) plus explicit entries, each {@code Boolean}
     * (select or deselect) or a nested {@link FieldQuery}.
     */
    public record Selection(boolean scalars, LinkedHashMap<String, Object> fields, java.util.Map<String, String> origins) {
        public static Selection allScalars() {
            return new Selection(true, new LinkedHashMap<>(), new java.util.HashMap<>());
        }

        /** Where an explicit field came from in the caller's arguments: {@code select}, {@code include} or {@code omit}. */
        public String origin(String field) {
            return origins.get(field);
        }
    }
}
