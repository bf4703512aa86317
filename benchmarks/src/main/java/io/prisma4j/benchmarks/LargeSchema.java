package io.prisma4j.benchmarks;

/**
 * A generated schema of {@code count} models: each with scalar fields of every common type, a unique and
 * a composite index, a relation to the previous model (foreign key plus index) and, every tenth model, an
 * implicit many-to-many relation, so that every part of the calculator and differ is exercised.
 */
final class LargeSchema {
    private LargeSchema() {
    }

    static String of(String provider, int count) {
        StringBuilder out = new StringBuilder("datasource db {\n  provider = \"").append(provider).append("\"\n}\n\n");
        if (!provider.equals("sqlite")) {
            out.append("enum Status {\n  DRAFT\n  PUBLISHED\n  ARCHIVED\n}\n\n");
        }
        for (int i = 0; i < count; i++) {
            out.append("model M").append(i).append(" {\n");
            out.append("  id        Int      @id @default(autoincrement())\n");
            out.append("  code      String   @unique\n");
            out.append("  title     String\n");
            out.append("  body      String?\n");
            out.append("  amount    Decimal  @default(0)\n");
            out.append("  ratio     Float?\n");
            out.append("  active    Boolean  @default(true)\n");
            out.append("  createdAt DateTime @default(now())\n");
            out.append("  updatedAt DateTime @updatedAt\n");
            if (!provider.equals("sqlite")) {
                out.append("  status    Status   @default(DRAFT)\n");
            }
            if (i > 0) {
                out.append("  parentId  Int?\n");
                out.append("  parent    M").append(i - 1).append("? @relation(fields: [parentId], references: [id])\n");
            }
            if (i + 1 < count) {
                out.append("  children  M").append(i + 1).append("[]\n");
            }
            if (i % 10 == 0 && i + 10 < count) {
                out.append("  peers     M").append(i + 10).append("[] @relation(\"Peers").append(i).append("\")\n");
            }
            if (i % 10 == 0 && i >= 10) {
                out.append("  peersOf   M").append(i - 10).append("[] @relation(\"Peers").append(i - 10).append("\")\n");
            }
            out.append("\n  @@index([title, createdAt])\n");
            if (i > 0) {
                out.append("  @@index([parentId])\n");
            }
            out.append("}\n\n");
        }
        return out.toString();
    }
}
