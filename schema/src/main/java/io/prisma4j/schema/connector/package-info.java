/**
 * Providers and what each database can do ({@link io.prisma4j.schema.connector.Capability}), as data.
 * Native type definitions per provider live here too.
 */
package io.prisma4j.schema.connector;
