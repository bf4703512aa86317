/**
 * The client's public API: {@link io.prisma4j.client.PrismaClient} and the contract every caller (and the
 * generated typed client) builds on.
 * <ul>
 *   <li>Build: {@code PrismaClient.create(schemaPath)} or {@code PrismaClient.builder()} with a schema path,
 *       text or {@code DataModel}, an optional URL override, log levels. The URL comes from the schema's
 *       {@code env("...")} (process environment, then {@code .env}); its parameters configure the pool
 *       ({@code connection_limit}, {@code pool_timeout}, {@code connect_timeout}, {@code socket_timeout},
 *       {@code sslmode}, {@code schema}).</li>
 *   <li>Call: {@code client.model("User").findMany(args)} (one method per action) or
 *       {@code client.execute(model, action, args)}; args are Maps shaped as Prisma Client JS takes them.
 *       {@code client.request(json)} is the JSON entry point.</li>
 *   <li>Results: maps in selection order with Integer, Long (BigInt), Double, BigDecimal (Decimal), Instant
 *       (DateTime), byte[] (Bytes), Boolean, String (also enums), JSON values (Map/List/...); lists for many;
 *       {@code {count: n}} for the many-writes; {@code count} returns an Integer.</li>
 *   <li>Transactions: {@code $transaction(tx -> ..., options)} (interactive: isolation level, maxWait, timeout;
 *       rolled back on exception; P2028 when it outlives its timeout; nested ones are savepoints) and
 *       {@code $transaction(List<PendingOperation>)} (batch, one transaction).</li>
 *   <li>Raw SQL: {@code $queryRaw(RawSql)} / {@code $executeRaw(RawSql)} bind every value;
 *       {@code $queryRawUnsafe(sql, params...)} / {@code $executeRawUnsafe} take the database's placeholders.</li>
 *   <li>{@code $use} middleware, {@code $extends} query extensions, {@code $on("query", ...)} events.</li>
 *   <li>Errors: {@link io.prisma4j.client.PrismaClientKnownRequestException} (code and meta, e.g. P2002 with
 *       the constraint), {@link io.prisma4j.client.PrismaClientValidationException},
 *       {@link io.prisma4j.client.PrismaClientUnknownRequestException},
 *       {@link io.prisma4j.client.PrismaClientInitializationException}. No raw {@code SQLException} escapes.</li>
 * </ul>
 * JDBC details are in {@code client.jdbc}; shared runtime state in {@code client.internal}.
 */
package io.prisma4j.client;
