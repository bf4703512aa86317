package io.prisma4j.schema.model;

import java.util.List;
import java.util.Optional;

/** What declares fields: a {@link Model} (or view) or a {@link CompositeType}. */
public interface FieldContainer extends Documented {
    String name();

    List<Field> fields();

    default Optional<Field> field(String name) {
        for (Field field : fields()) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
