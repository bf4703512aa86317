/**
 * Validation passes over the syntax tree: names and duplicates, types, attributes and their arguments,
 * defaults, relations, referential actions, native types and provider capabilities, in Prisma's order
 * and with Prisma's messages.
 */
package io.prisma4j.schema.validation;
