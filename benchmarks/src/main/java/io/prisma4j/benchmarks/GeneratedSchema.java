package io.prisma4j.benchmarks;

/**
 * A large valid PostgreSQL schema made from one recipe: {@code n} models in a ring, each with ten fields
 * (four scalars, two foreign keys with their relation fields, two back-relation lists) and two indexes.
 * Model {@code i} points at models {@code i+1} (an unnamed relation) and {@code i+7} (a named one), so
 * the schema has {@code 10n} fields and {@code 2n} relations, and no two relations join the same pair.
 */
final class GeneratedSchema {
    /** How far the second, named relation of each model reaches. */
    private static final int FAR = 7;

    private GeneratedSchema() {
    }

    static String of(int models) {
        StringBuilder out = new StringBuilder(models * 700);
        out.append("generator client {\n  provider = \"prisma-client-js\"\n}\n\n");
        out.append("datasource db {\n  provider = \"postgresql\"\n}\n");
        for (int i = 0; i < models; i++) {
            String next = name(Math.floorMod(i + 1, models));
            String far = name(Math.floorMod(i + FAR, models));
            String previous = name(Math.floorMod(i - 1, models));
            String farBack = name(Math.floorMod(i - FAR, models));
            out.append("\nmodel ").append(name(i)).append(" {\n")
                    .append("  id        Int      @id @default(autoincrement())\n")
                    .append("  name      String   @unique\n")
                    .append("  createdAt DateTime @default(now())\n")
                    .append("  score     Float?\n")
                    .append("  nextId    Int\n")
                    .append("  next      ").append(next).append(" @relation(fields: [nextId], references: [id])\n")
                    .append("  farId     Int?\n")
                    .append("  far       ").append(far).append("? @relation(\"far_").append(name(i))
                    .append("\", fields: [farId], references: [id], onDelete: SetNull)\n")
                    .append("  previous  ").append(previous).append("[]\n")
                    .append("  farBack   ").append(farBack).append("[] @relation(\"far_").append(farBack).append("\")\n")
                    .append("\n  @@index([nextId])\n  @@index([farId, createdAt(sort: Desc)])\n}\n");
        }
        return out.toString();
    }

    private static String name(int index) {
        return String.format("Model%05d", index);
    }
}
