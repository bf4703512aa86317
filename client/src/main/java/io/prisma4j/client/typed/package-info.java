/**
 * The runtime of the generated, type-safe client: what every generated class builds on, so that generated
 * code stays small (one line per field, no copies of shared logic).
 * <ul>
 *   <li>Arguments: {@link io.prisma4j.client.typed.InputObject} is the base of every generated builder
 *       ({@code User.WhereInput}, {@code User.CreateInput}, ...); the scalar filters
 *       ({@link io.prisma4j.client.typed.StringFilter}, {@link io.prisma4j.client.typed.IntFilter}, ...), the
 *       atomic updates ({@link io.prisma4j.client.typed.NumberUpdate}), the nested writes
 *       ({@link io.prisma4j.client.typed.ToManyCreate}, {@link io.prisma4j.client.typed.ToOneUpdate}, ...) and
 *       the action arguments ({@link io.prisma4j.client.typed.FindManyArgsBase}, ...) are shared, generic
 *       over the generated builders. Every builder produces the dynamic API's argument map.</li>
 *   <li>Results: {@link io.prisma4j.client.typed.PrismaRecord} is the base of every generated result type: an
 *       immutable view of the dynamic API's result map that tells a field that was not loaded apart from
 *       {@code null} ({@link io.prisma4j.client.typed.FieldNotLoadedException}).</li>
 *   <li>Calls: {@link io.prisma4j.client.typed.ModelDelegate} runs every action of a model through
 *       {@link io.prisma4j.client.PrismaOperations}; {@link io.prisma4j.client.typed.Pending} is a call
 *       described but not run, for batch transactions; {@link io.prisma4j.client.typed.TypedOperations} is
 *       the base of the generated client and its transaction client.</li>
 *   <li>JSON: {@link io.prisma4j.client.typed.PrismaJacksonModule} renders results as Prisma Client JS's
 *       {@code JSON.stringify} does.</li>
 * </ul>
 * The generator ({@code io.prisma4j.generator}) emits the classes that extend these; the dynamic API is in
 * {@code io.prisma4j.client}.
 */
package io.prisma4j.client.typed;
