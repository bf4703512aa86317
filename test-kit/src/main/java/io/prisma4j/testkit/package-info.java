/**
 * Test support shared by every module: the conformance corpus ({@link io.prisma4j.testkit.Conformance})
 * and the database matrix. Depends on no prisma4j module, so any module's tests can use it.
 */
package io.prisma4j.testkit;
