package io.prisma4j.query.tree;

import io.prisma4j.schema.model.RelationField;

import java.util.List;

/** A write to related records inside a create or update ({@code posts: {create: [...]}}). */
public sealed interface NestedWrite {

    /** The relation field of the parent record being written through. */
    RelationField field();

    record Create(RelationField field, List<WriteData> items) implements NestedWrite {
        public Create {
            items = List.copyOf(items);
        }
    }

    record CreateMany(RelationField field, List<WriteData> rows, boolean skipDuplicates) implements NestedWrite {
        public CreateMany {
            rows = List.copyOf(rows);
        }
    }

    /** Link existing records, each found by a unique filter. */
    record Connect(RelationField field, List<Filter> wheres) implements NestedWrite {
        public Connect {
            wheres = List.copyOf(wheres);
        }
    }

    record ConnectOrCreate(RelationField field, List<WhereAndCreate> items) implements NestedWrite {
        public ConnectOrCreate {
            items = List.copyOf(items);
        }
    }

    record WhereAndCreate(Filter where, WriteData create) {
    }

    /** Unlink records (to-many: by unique filters; to-one: {@code disconnect: true} or a filter). */
    record Disconnect(RelationField field, List<Filter> wheres) implements NestedWrite {
        public Disconnect {
            wheres = List.copyOf(wheres);
        }
    }

    /** Replace the linked records of a to-many relation. */
    record Set(RelationField field, List<Filter> wheres) implements NestedWrite {
        public Set {
            wheres = List.copyOf(wheres);
        }
    }

    record Update(RelationField field, List<WhereAndData> items) implements NestedWrite {
        public Update {
            items = List.copyOf(items);
        }
    }

    record WhereAndData(Filter where, WriteData data) {
    }

    record UpdateMany(RelationField field, List<WhereAndData> items) implements NestedWrite {
        public UpdateMany {
            items = List.copyOf(items);
        }
    }

    record Upsert(RelationField field, List<UpsertItem> items) implements NestedWrite {
        public Upsert {
            items = List.copyOf(items);
        }
    }

    record UpsertItem(Filter where, WriteData create, WriteData update) {
    }

    /** Delete linked records (to-many: by unique filters; to-one: {@code delete: true} or a filter). */
    record Delete(RelationField field, List<Filter> wheres) implements NestedWrite {
        public Delete {
            wheres = List.copyOf(wheres);
        }
    }

    record DeleteMany(RelationField field, List<Filter> wheres) implements NestedWrite {
        public DeleteMany {
            wheres = List.copyOf(wheres);
        }
    }
}
