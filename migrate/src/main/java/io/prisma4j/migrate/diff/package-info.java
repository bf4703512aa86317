/**
 * The differ: two {@link io.prisma4j.migrate.schema.SqlSchema}s to the ordered
 * {@link io.prisma4j.migrate.diff.MigrationStep}s that turn one into the other, in Prisma's order
 * (steps sorted by kind, then by the ids of what they touch). Database differences are asked of a
 * {@link io.prisma4j.migrate.diff.DifferFlavour}.
 */
package io.prisma4j.migrate.diff;
