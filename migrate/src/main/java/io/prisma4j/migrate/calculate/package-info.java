/**
 * The calculator: a {@code DataModel} to the {@link io.prisma4j.migrate.schema.SqlSchema} the database
 * should have, with Prisma's table order, constraint names, join tables and default types. What differs
 * per database is asked of a {@link io.prisma4j.migrate.calculate.CalculatorFlavour}.
 */
package io.prisma4j.migrate.calculate;
