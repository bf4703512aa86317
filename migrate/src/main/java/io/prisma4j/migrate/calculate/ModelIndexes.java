package io.prisma4j.migrate.calculate;

import io.prisma4j.migrate.schema.IndexAlgorithm;
import io.prisma4j.migrate.schema.IndexKind;
import io.prisma4j.schema.model.Index;
import io.prisma4j.schema.model.IndexField;
import io.prisma4j.schema.model.IndexType;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * A model's unique constraints and indexes in the order Prisma's parser collects them: {@code @unique}
 * on fields (field order), then {@code @@index}, then {@code @@unique}, then {@code @@fulltext}, each
 * group in declaration order.
 */
public final class ModelIndexes {
    private ModelIndexes() {
    }

    /** One index of a model, whatever attribute declared it. */
    public record Entry(String databaseName, IndexKind kind, IndexAlgorithm algorithm, List<IndexField> fields) {
    }

    public static List<Entry> inPrismaOrder(Model model) {
        List<Entry> entries = new ArrayList<>();
        for (UniqueConstraint unique : model.uniques()) {
            if (unique.isFieldLevel()) {
                entries.add(unique(unique));
            }
        }
        List<Index> indexes = model.indexes();
        for (Index index : indexes) {
            if (!index.isFulltext()) {
                entries.add(new Entry(index.databaseName(), IndexKind.NORMAL, algorithm(index.type()), index.fields()));
            }
        }
        for (UniqueConstraint unique : model.uniques()) {
            if (!unique.isFieldLevel()) {
                entries.add(unique(unique));
            }
        }
        for (Index index : indexes) {
            if (index.isFulltext()) {
                entries.add(new Entry(index.databaseName(), IndexKind.FULLTEXT, IndexAlgorithm.BTREE, index.fields()));
            }
        }
        return entries;
    }

    private static Entry unique(UniqueConstraint unique) {
        return new Entry(unique.databaseName(), IndexKind.UNIQUE, IndexAlgorithm.BTREE, unique.fields());
    }

    private static IndexAlgorithm algorithm(IndexType type) {
        if (type == null) {
            return IndexAlgorithm.BTREE;
        }
        return switch (type) {
            case HASH -> IndexAlgorithm.HASH;
            case GIST -> IndexAlgorithm.GIST;
            case GIN -> IndexAlgorithm.GIN;
            case SPGIST -> IndexAlgorithm.SPGIST;
            case BRIN -> IndexAlgorithm.BRIN;
            default -> IndexAlgorithm.BTREE;
        };
    }
}
