package io.prisma4j.query.build;

import io.prisma4j.query.document.ParsedField;
import io.prisma4j.query.tree.AggregateSelection;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.ReadArgs;
import io.prisma4j.query.tree.Selection;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;

import java.util.ArrayList;
import java.util.List;

/** Builds {@link Selection}s and {@link AggregateSelection}s from validated selections. */
final class SelectionBuilder {
    private SelectionBuilder() {
    }

    static Selection selection(Model model, ParsedField.ParsedSelection parsed) {
        List<Selection.Item> items = new ArrayList<>();
        for (ParsedField field : parsed.fields()) {
            if (field.name().equals("_count") && field.schemaField().modelField() == null) {
                List<Selection.RelationCount> counts = new ArrayList<>();
                for (ParsedField count : field.selection().fields()) {
                    RelationField relation = (RelationField) count.schemaField().modelField();
                    counts.add(new Selection.RelationCount(relation,
                            FilterBuilder.where(relation.relatedModel(), count.argument("where"))));
                }
                items.add(new Selection.CountItem(counts));
            } else if (field.schemaField().modelField() instanceof ScalarField scalar) {
                items.add(new Selection.ScalarItem(scalar));
            } else {
                RelationField relation = (RelationField) field.schemaField().modelField();
                Model related = relation.relatedModel();
                items.add(new Selection.RelationItem(relation, readArgs(related, field),
                        selection(related, field.selection())));
            }
        }
        return new Selection(model, items);
    }

    /** The reading arguments of a field or root operation: where, orderBy, cursor, take, skip, distinct. */
    static ReadArgs readArgs(Model model, ParsedField field) {
        Filter where = FilterBuilder.where(model, field.argument("where"));
        var orderBy = OrderByBuilder.orderBy(model, field.argument("orderBy"));
        var cursor = field.argument("cursor") == null ? null
                : FilterBuilder.uniqueValues(model, field.argument("cursor"));
        Long take = field.argument("take") == null ? null : Values.longValue(field.argument("take"));
        Long skip = field.argument("skip") == null ? null : Values.longValue(field.argument("skip"));
        List<ScalarField> distinct = new ArrayList<>();
        if (field.argument("distinct") != null) {
            for (var item : Values.items(field.argument("distinct"))) {
                distinct.add(model.scalarField(Values.enumName(item)).orElseThrow());
            }
        }
        return new ReadArgs(where, orderBy, cursor, take, skip, distinct);
    }

    static AggregateSelection aggregates(Model model, ParsedField.ParsedSelection parsed) {
        List<AggregateSelection.Item> items = new ArrayList<>();
        for (ParsedField field : parsed.fields()) {
            Filter.AggregateKind kind = switch (field.name()) {
                case "_count" -> Filter.AggregateKind.COUNT;
                case "_avg" -> Filter.AggregateKind.AVG;
                case "_sum" -> Filter.AggregateKind.SUM;
                case "_min" -> Filter.AggregateKind.MIN;
                case "_max" -> Filter.AggregateKind.MAX;
                default -> null;
            };
            if (kind == null) {
                items.add(new AggregateSelection.GroupField((ScalarField) field.schemaField().modelField()));
            } else {
                List<ScalarField> fields = new ArrayList<>();
                for (ParsedField aggregated : field.selection().fields()) {
                    fields.add(aggregated.name().equals("_all") ? null
                            : (ScalarField) aggregated.schemaField().modelField());
                }
                items.add(new AggregateSelection.Aggregates(kind, fields));
            }
        }
        return new AggregateSelection(items);
    }
}
