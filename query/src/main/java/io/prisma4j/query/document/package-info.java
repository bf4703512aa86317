/**
 * The query document: arguments as Prisma Client JS takes them turned into protocol values
 * ({@link io.prisma4j.query.document.ArgumentSerializer}), validated against the query schema with
 * Prisma's error kinds, paths and sentences ({@link io.prisma4j.query.document.DocumentParser},
 * {@link io.prisma4j.query.document.ValidationMessages}).
 */
package io.prisma4j.query.document;
