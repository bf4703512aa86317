/** Environment variables for {@code env("...")}: the process environment and {@code .env} files. */
package io.prisma4j.schema.env;
