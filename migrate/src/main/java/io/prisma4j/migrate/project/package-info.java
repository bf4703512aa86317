/**
 * The {@code migrate} and {@code db} workflows on a project (its schema, datasource URL and migrations
 * folder): deploy, dev (shadow database, drift, data-loss checks), status, reset, resolve, push, diff and
 * execute. They talk to the person through a {@link io.prisma4j.migrate.project.Console}; the CLI only
 * parses arguments and supplies that console.
 */
package io.prisma4j.migrate.project;
