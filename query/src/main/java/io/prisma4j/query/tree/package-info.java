/**
 * The validated query tree: {@link io.prisma4j.query.tree.Operation}s with their filters, orderings,
 * selections and write data, resolved against the data model and independent of SQL (a MongoDB
 * connector executes the same tree).
 */
package io.prisma4j.query.tree;
