/** Builds the query tree ({@code query.tree}) from a validated query document. */
package io.prisma4j.query.build;
