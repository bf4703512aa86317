package io.prisma4j.query.schema;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An input object type of the query schema ({@code UserWhereInput}, {@code IntFilter}, ...). Fields are
 * built on first use, because types refer to each other in cycles. Constraints say how many fields
 * must or may be given (counted over {@code constrainedFields} when set).
 */
public final class InputObjectType {

    /** What an object means to the engine beyond its fields. */
    public enum Tag {
        NONE, WHERE, RELATION_ENVELOPE, NESTED_TO_ONE_UPDATE_ENVELOPE, FIELD_REF
    }

    private final String name;
    private final Supplier<List<InputField>> fieldSupplier;
    private volatile List<InputField> fields;
    private Integer minFields;
    private Integer maxFields;
    private List<String> constrainedFields;
    private Tag tag = Tag.NONE;

    public InputObjectType(String name, Supplier<List<InputField>> fields) {
        this.name = name;
        this.fieldSupplier = fields;
    }

    public String name() {
        return name;
    }

    public List<InputField> fields() {
        List<InputField> result = fields;
        if (result == null) {
            synchronized (this) {
                if (fields == null) {
                    fields = List.copyOf(fieldSupplier.get());
                }
                result = fields;
            }
        }
        return result;
    }

    public Optional<InputField> field(String fieldName) {
        for (InputField field : fields()) {
            if (field.name().equals(fieldName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public InputObjectType requireExactlyOne() {
        minFields = 1;
        maxFields = 1;
        return this;
    }

    public InputObjectType requireAtLeastOne() {
        minFields = 1;
        return this;
    }

    public InputObjectType requireAtMostOne() {
        maxFields = 1;
        return this;
    }

    public InputObjectType constrainOn(List<String> fieldNames) {
        constrainedFields = List.copyOf(fieldNames);
        return this;
    }

    public InputObjectType tag(Tag newTag) {
        this.tag = newTag;
        return this;
    }

    public Tag tag() {
        return tag;
    }

    public Integer minFields() {
        return minFields;
    }

    public Integer maxFields() {
        return maxFields;
    }

    public List<String> constrainedFields() {
        return constrainedFields;
    }

    @Override
    public String toString() {
        return name;
    }
}
