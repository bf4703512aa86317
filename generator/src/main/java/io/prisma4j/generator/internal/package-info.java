/**
 * How the generator writes each part of a client (JavaPoet): {@link io.prisma4j.generator.internal.ModelInfo}
 * holds the facts about a model the emitters share; one emitter per kind of generated type (records, where
 * builders, create and update builders, selections, order, arguments, delegate, enums, client).
 * The front door is {@link io.prisma4j.generator.ClientGenerator}; naming rules are in
 * {@link io.prisma4j.generator.Naming}.
 */
package io.prisma4j.generator.internal;
