/**
 * Prisma's query schema for a data model: root operations and their arguments, input object types
 * (filters, data, orderBy) and output types, named and ordered as Prisma's engine builds them, because
 * validation messages name and list them. Built lazily from the {@code DataModel}.
 */
package io.prisma4j.query.schema;
