/**
 * Loading the {@code datasource} and {@code generator} blocks as Prisma validates them: provider,
 * relation mode, connection URLs (accepted in the schema as a string or {@code env("...")}, as the
 * tutorial writes them), schemas, extensions, and the generator's preview features.
 */
package io.prisma4j.schema.validation.internal.config;
