/**
 * The Prisma Schema Language for prisma4j. Start at {@link io.prisma4j.schema.PrismaSchema}: it reads
 * and validates a schema into a {@link io.prisma4j.schema.ParsedSchema} whose
 * {@link io.prisma4j.schema.model.DataModel} the migration engine, query engine and generator use.
 */
package io.prisma4j.schema;
