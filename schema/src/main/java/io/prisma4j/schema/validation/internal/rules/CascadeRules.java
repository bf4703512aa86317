package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.Capability;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.RelationMessages;
import io.prisma4j.schema.model.ReferentialAction;
import io.prisma4j.schema.model.RelationMode;
import io.prisma4j.schema.validation.internal.db.ModelInfo;
import io.prisma4j.schema.validation.internal.db.RelationFieldInfo;
import io.prisma4j.schema.validation.internal.db.RelationInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cascading referential actions that loop back (cycles, self relations) or reach a model through
 * several paths. Checked where the database rejects them (SQL Server) and in {@code prisma} relation
 * mode, where prisma4j would have to emulate them.
 */
final class CascadeRules {
    private final ValidationContext ctx;

    CascadeRules(ValidationContext ctx) {
        this.ctx = ctx;
    }

    /** A path of relations, each linked to the one it came from. */
    private record Path(Path previous, InlineRelation relation) {
        List<InlineRelation> fromRoot() {
            List<InlineRelation> out = new ArrayList<>();
            for (Path p = this; p != null; p = p.previous) {
                out.add(0, p.relation);
            }
            return out;
        }

        @Override
        public String toString() {
            return String.join(" → ", fromRoot().stream().map(r -> r.referencingModel().name() + "."
                    + r.forward().name()).toList());
        }
    }

    void cycles(InlineRelation relation) {
        boolean foreignKeys = ctx.datasource == null || ctx.datasource.relationMode().usesForeignKeys();
        if (!ctx.has(Capability.REFERENCE_CYCLE_DETECTION) && foreignKeys) {
            return;
        }
        Set<RelationFieldInfo> visited = new HashSet<>();
        Deque<Path> next = new ArrayDeque<>();
        next.push(new Path(null, relation));
        ModelInfo parent = relation.referencingModel();
        while (!next.isEmpty()) {
            Path path = next.pop();
            InlineRelation current = path.relation();
            visited.add(current.forward());
            ModelInfo related = current.referencedModel();
            if (!InlineRelation.triggersModification(current.onUpdate())
                    && !InlineRelation.triggersModification(current.onDelete(ctx))) {
                continue;
            }
            if (current.referencingModel() == related) {
                ctx.report(withDefaults(relation, defaults -> RelationMessages.selfRelationCycle(defaults,
                        relation.forward().span())));
                return;
            }
            if (related == parent) {
                ctx.report(withDefaults(relation, defaults -> RelationMessages.referenceCycle(path.toString(),
                        defaults, relation.forward().span())));
                return;
            }
            for (InlineRelation following : completeRelationsFrom(related)) {
                if (!visited.contains(following.forward())) {
                    next.push(new Path(path, following));
                }
            }
        }
    }

    void multiplePaths(InlineRelation relation) {
        if (!ctx.has(Capability.REFERENCE_CYCLE_DETECTION) || ctx.relationMode == RelationMode.PRISMA
                || !triggers(relation)) {
            return;
        }
        ModelInfo parent = relation.referencingModel();
        List<Path> paths = new ArrayList<>();
        record Item(InlineRelation relation, Path path, Set<RelationFieldInfo> current) {
        }
        Deque<Item> next = new ArrayDeque<>();
        for (InlineRelation start : completeRelationsFrom(parent)) {
            if (triggers(start)) {
                next.addLast(new Item(start, new Path(null, start), new HashSet<>()));
            }
        }
        while (!next.isEmpty()) {
            Item item = next.removeLast();
            ModelInfo model = item.relation().referencingModel();
            ModelInfo related = item.relation().referencedModel();
            item.current().add(item.relation().forward());
            if (model == related || related == parent) {
                continue;
            }
            List<Item> forward = new ArrayList<>();
            for (InlineRelation following : completeRelationsFrom(related)) {
                if (triggers(following) && !item.current().contains(following.forward())) {
                    forward.add(new Item(following, new Path(item.path(), following), new HashSet<>(item.current())));
                }
            }
            if (forward.isEmpty()) {
                paths.add(new Path(item.path(), item.relation()));
                continue;
            }
            next.addAll(forward);
        }
        Map<String, Set<String>> seen = new HashMap<>();
        for (Path path : paths) {
            List<InlineRelation> relations = path.fromRoot();
            Set<String> models = seen.computeIfAbsent(relations.get(0).forward().name(), k -> new HashSet<>());
            relations.forEach(r -> models.add(r.referencedModel().name()));
        }
        Set<String> reachable = new TreeSet<>();
        Set<String> fromParent = seen.remove(relation.forward().name());
        if (fromParent != null) {
            for (Set<String> fromOther : seen.values()) {
                fromOther.stream().filter(fromParent::contains).forEach(reachable::add);
            }
        }
        if (!reachable.isEmpty()) {
            ctx.report(withDefaults(relation, defaults -> RelationMessages.multipleCascadingPaths(
                    new ArrayList<>(reachable), relation.referencingModel().name(), defaults,
                    relation.forward().span())));
        }
    }

    private boolean triggers(InlineRelation relation) {
        return InlineRelation.triggersModification(relation.onDelete(ctx))
                || InlineRelation.triggersModification(relation.onUpdate());
    }

    private List<InlineRelation> completeRelationsFrom(ModelInfo model) {
        List<InlineRelation> out = new ArrayList<>();
        for (RelationInfo relation : ctx.db.relationsFrom(model)) {
            if (relation.kind().isInline() && relation.isComplete()) {
                out.add(new InlineRelation(relation));
            }
        }
        return out;
    }

    /** The message with Prisma's note on the implicit default actions that trigger the problem. */
    private Diagnostic withDefaults(InlineRelation relation, java.util.function.Function<String, Diagnostic> message) {
        ReferentialAction onDelete = relation.forward().explicitOnDelete() == null
                && InlineRelation.triggersModification(relation.onDelete(ctx)) ? relation.onDelete(ctx) : null;
        ReferentialAction onUpdate = relation.forward().explicitOnUpdate() == null
                && InlineRelation.triggersModification(relation.onUpdate()) ? relation.onUpdate() : null;
        return message.apply(RelationMessages.implicitDefaults(onDelete == null ? null : onDelete.prismaName(),
                onUpdate == null ? null : onUpdate.prismaName()));
    }
}
