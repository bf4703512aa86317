package io.prisma4j.query;

import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.Relation;
import io.prisma4j.schema.model.RelationField;

import java.util.LinkedHashMap;
import java.util.Map;

/** Factories for Prisma's known request errors, each owning its wording and meta. */
public final class QueryErrors {
    private static final String NOT_FOUND =
            "An operation failed because it depends on one or more records that were required but not found. ";

    private QueryErrors() {
    }

    /** P2025 for a top-level operation: "No record was found for an update." */
    public static QueryRequestException recordNotFound(Model model, String operation) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", model.name());
        meta.put("operation", operation);
        return new QueryRequestException("P2025", NOT_FOUND + "No record was found for " + operation + ".", meta);
    }

    /** P2025 for a nested operation on a relation. */
    public static QueryRequestException nestedRecordNotFound(Model parentModel, RelationField field, String operation,
                                                             String neededFor) {
        Relation relation = field.relation();
        String related = field.relatedModel().name();
        String type = relationType(relation);
        StringBuilder message = new StringBuilder(NOT_FOUND).append("No '").append(related).append("' record");
        if (neededFor != null) {
            message.append(" (needed to ").append(neededFor).append(")");
        }
        message.append(" was found for ").append(operation).append(" on ").append(type).append(" relation '")
                .append(relation.name()).append("'.");
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", parentModel.name());
        meta.put("model", related);
        meta.put("relation", relation.name());
        meta.put("relationType", type);
        meta.put("operation", operation);
        meta.put("neededFor", neededFor);
        return new QueryRequestException("P2025", message.toString(), meta);
    }

    /** P2025 when fewer records than expected could be connected (many-to-many and to-many connects). */
    public static QueryRequestException connectCountMismatch(Model model, int expected, int found) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", model.name());
        meta.put("expectedRows", expected);
        return new QueryRequestException("P2025", NOT_FOUND + "Expected " + expected + " records to be connected, found only "
                + found + ".", meta);
    }

    /** P2014: a change that would leave a required relation without its record. */
    public static QueryRequestException requiredRelationViolation(Model model, Relation relation) {
        String a = relation.fieldA().model().name();
        String b = relation.fieldB().map(f -> f.model().name()).orElse(relation.fieldA().relatedModel().name());
        String first = a.compareTo(b) <= 0 ? a : b;
        String second = a.compareTo(b) <= 0 ? b : a;
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", model.name());
        meta.put("relation_name", relation.name());
        meta.put("model_a_name", first);
        meta.put("model_b_name", second);
        return new QueryRequestException("P2014", "The change you are trying to make would violate the required relation '"
                + relation.name() + "' between the `" + first + "` and `" + second + "` models.", meta);
    }

    /** P2019: an input error found while building the query. */
    public static QueryRequestException inputError(Model model, String details) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("modelName", model.name());
        meta.put("details", details);
        return new QueryRequestException("P2019", "Input error. " + details, meta);
    }

    static String relationType(Relation relation) {
        return switch (relation.kind()) {
            case ONE_TO_ONE -> "one-to-one";
            case ONE_TO_MANY -> "one-to-many";
            case IMPLICIT_MANY_TO_MANY -> "many-to-many";
        };
    }
}
