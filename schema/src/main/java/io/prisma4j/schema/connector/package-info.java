/**
 * Providers and what each database can do ({@link io.prisma4j.schema.connector.Capability}), as data.
 * Native type definitions per provider live here too, and the splitting of datasource URLs
 * ({@link io.prisma4j.schema.connector.DatasourceUrl}) that the client and migrations share.
 */
package io.prisma4j.schema.connector;
