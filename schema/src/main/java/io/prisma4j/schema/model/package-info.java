/**
 * The resolved data model: {@link io.prisma4j.schema.model.DataModel} with its models, fields,
 * relations (both sides), keys, constraints, indexes, enums, composite types, datasource and generators,
 * with database names ({@code @map}/{@code @@map}) and Prisma's default constraint names. Immutable;
 * built from a validated syntax tree by {@link io.prisma4j.schema.model.DataModelBuilder}.
 */
package io.prisma4j.schema.model;
