/**
 * The {@code prisma4j-maven-plugin}: goal {@code generate} ({@link io.prisma4j.maven.GenerateMojo}, bound to
 * {@code generate-sources}: the Java client, added to the compile path, regenerated only when the schema
 * changed) and goal {@code migrate-deploy} ({@link io.prisma4j.maven.MigrateDeployMojo}), both with the
 * parameters of {@link io.prisma4j.maven.PrismaMojo} ({@code schema}, {@code skip}). The Maven-free work
 * is in {@link io.prisma4j.maven.ClientSources} and {@link io.prisma4j.maven.SchemaFiles}, so it can be tested
 * without Maven.
 */
package io.prisma4j.maven;
