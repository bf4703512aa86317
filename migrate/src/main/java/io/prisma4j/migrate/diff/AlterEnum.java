package io.prisma4j.migrate.diff;

import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.SqlEnum;

import java.util.List;

/**
 * Values added to or removed from a PostgreSQL enum.
 *
 * @param enums            the enum before and after
 * @param createdValues    values only in the new enum
 * @param droppedValues    values only in the old enum
 * @param defaultUsages    columns whose default is a value of the old enum (their default must be dropped
 *                         while the type is swapped), each with the new column when its default is to be set
 *                         again ({@code next} may be {@code null})
 */
public record AlterEnum(Pair<SqlEnum> enums, List<String> createdValues, List<String> droppedValues,
                        List<Pair<Column>> defaultUsages) {
}
