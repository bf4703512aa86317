package io.prisma4j.query.build;

import io.prisma4j.query.QueryErrors;
import io.prisma4j.query.document.ParsedField;
import io.prisma4j.query.document.ParsedValue;
import io.prisma4j.query.schema.RootField;
import io.prisma4j.query.tree.AggregateSelection;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.query.tree.OrderBy;
import io.prisma4j.query.tree.ReadArgs;
import io.prisma4j.query.tree.Selection;
import io.prisma4j.query.tree.WriteData;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;

import java.util.ArrayList;
import java.util.List;

/** Turns a validated root field into an {@link Operation} of the query tree. */
public final class OperationBuilder {
    private OperationBuilder() {
    }

    public static Operation build(RootField root, ParsedField parsed) {
        Model model = root.model();
        String action = root.protocolAction();
        Operation.LoadStrategy strategy = strategy(parsed.argument("relationLoadStrategy"));
        return switch (action) {
            case "findUnique", "findUniqueOrThrow" -> new Operation.FindUnique(model,
                    FilterBuilder.where(model, parsed.argument("where")), selection(model, parsed),
                    action.endsWith("OrThrow"), strategy);
            case "findFirst", "findFirstOrThrow", "findMany" -> new Operation.FindMany(model,
                    SelectionBuilder.readArgs(model, parsed), selection(model, parsed), !action.equals("findMany"),
                    action.endsWith("OrThrow"), strategy);
            case "aggregate" -> new Operation.Aggregate(model, SelectionBuilder.readArgs(model, parsed),
                    SelectionBuilder.aggregates(model, parsed.selection()));
            case "groupBy" -> groupBy(model, parsed);
            case "createOne" -> new Operation.CreateOne(model, WriteDataBuilder.create(model, parsed.argument("data")),
                    selection(model, parsed));
            case "createMany", "createManyAndReturn" -> new Operation.CreateMany(model,
                    rows(model, parsed.argument("data")),
                    Boolean.TRUE.equals(Values.plain(parsed.argument("skipDuplicates"))),
                    action.equals("createMany") ? null : selection(model, parsed));
            case "updateOne" -> new Operation.UpdateOne(model, FilterBuilder.where(model, parsed.argument("where")),
                    WriteDataBuilder.update(model, parsed.argument("data")), selection(model, parsed));
            case "updateMany", "updateManyAndReturn" -> new Operation.UpdateMany(model,
                    FilterBuilder.where(model, parsed.argument("where")),
                    WriteDataBuilder.update(model, parsed.argument("data")),
                    parsed.argument("limit") == null ? null : Values.longValue(parsed.argument("limit")),
                    action.equals("updateMany") ? null : selection(model, parsed));
            case "upsertOne" -> new Operation.Upsert(model, FilterBuilder.where(model, parsed.argument("where")),
                    WriteDataBuilder.create(model, parsed.argument("create")),
                    WriteDataBuilder.update(model, parsed.argument("update")), selection(model, parsed));
            case "deleteOne" -> new Operation.DeleteOne(model, FilterBuilder.where(model, parsed.argument("where")),
                    selection(model, parsed));
            case "deleteMany" -> new Operation.DeleteMany(model, FilterBuilder.where(model, parsed.argument("where")),
                    parsed.argument("limit") == null ? null : Values.longValue(parsed.argument("limit")));
            default -> throw new IllegalStateException("unknown action " + action);
        };
    }

    private static Selection selection(Model model, ParsedField parsed) {
        return SelectionBuilder.selection(model, parsed.selection());
    }

    private static Operation.LoadStrategy strategy(ParsedValue value) {
        if (value == null) {
            return null;
        }
        return Values.enumName(value).equals("join") ? Operation.LoadStrategy.JOIN : Operation.LoadStrategy.QUERY;
    }

    private static List<WriteData> rows(Model model, ParsedValue data) {
        return Values.items(data).stream().map(v -> WriteDataBuilder.create(model, v)).toList();
    }

    /**
     * groupBy: every scalar it orders by must be grouped by. With take or skip and no orderBy, Prisma
     * orders by the primary key for stable pages, so that key must be grouped by too.
     */
    private static Operation groupBy(Model model, ParsedField parsed) {
        List<ScalarField> by = new ArrayList<>();
        for (ParsedValue item : Values.items(parsed.argument("by"))) {
            by.add(model.scalarField(Values.enumName(item)).orElseThrow());
        }
        ReadArgs args = SelectionBuilder.readArgs(model, parsed);
        List<OrderBy> orderBy = args.orderBy();
        if (orderBy.isEmpty() && (args.take() != null || args.skip() != null)) {
            orderBy = model.primaryIdentifier().stream()
                    .map(f -> (OrderBy) new OrderBy.Scalar(List.of(), f, false, OrderBy.Nulls.DEFAULT)).toList();
        }
        List<String> missing = new ArrayList<>();
        for (OrderBy term : orderBy) {
            if (term instanceof OrderBy.Scalar scalar && !by.contains(scalar.field())) {
                missing.add(scalar.field().name());
            }
        }
        if (!missing.isEmpty()) {
            throw QueryErrors.inputError(model, "Every field used for orderBy must be included in the by-arguments "
                    + "of the query. Missing fields: " + String.join(", ", missing));
        }
        Filter having = FilterBuilder.where(model, parsed.argument("having"));
        AggregateSelection selection = SelectionBuilder.aggregates(model, parsed.selection());
        return new Operation.GroupBy(model, args, by, having, selection);
    }
}
