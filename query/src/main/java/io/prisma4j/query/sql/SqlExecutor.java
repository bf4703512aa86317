package io.prisma4j.query.sql;

import io.prisma4j.query.sql.mysql.MysqlFlavour;
import io.prisma4j.query.sql.postgres.PostgresFlavour;
import io.prisma4j.query.sql.sqlite.SqliteFlavour;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.query.tree.ReadArgs;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.RelationMode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Executes {@link Operation}s on a SQL database through a {@link SqlPort}, with Prisma's semantics and
 * result shapes: maps in selection order, lists for many, {@code {count: n}} for the many-writes.
 */
public final class SqlExecutor {
    private final DataModel dataModel;
    private final SqlFlavour flavour;
    private final Operation.LoadStrategy defaultStrategy;
    private final ModelCache models;

    public SqlExecutor(DataModel dataModel) {
        this(dataModel, flavourFor(dataModel.provider()), null);
    }

    /**
     * @param defaultStrategy how relations load when a query does not say; null for the database's
     *                        default ({@link SqlFlavour#defaultLoadStrategy()})
     */
    public SqlExecutor(DataModel dataModel, SqlFlavour flavour, Operation.LoadStrategy defaultStrategy) {
        this.dataModel = dataModel;
        this.flavour = flavour;
        this.defaultStrategy = defaultStrategy != null ? defaultStrategy : flavour.defaultLoadStrategy();
        this.models = new ModelCache();
    }

    public static SqlFlavour flavourFor(Provider provider) {
        return switch (provider) {
            case POSTGRESQL, COCKROACHDB -> new PostgresFlavour();
            case MYSQL -> new MysqlFlavour();
            case SQLITE -> new SqliteFlavour();
            default -> throw new IllegalArgumentException("prisma4j has no SQL executor for " + provider.prismaName());
        };
    }

    public SqlFlavour flavour() {
        return flavour;
    }

    /** The time one request gives every {@code now()} default and {@code @updatedAt}, in Prisma's precision. */
    public static Instant requestTime() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Runs the operation; writes that take several statements run atomically. */
    public Object execute(Operation operation, SqlPort port) {
        return execute(operation, port, requestTime());
    }

    /** Runs the operation with {@code now} as the request's time (see {@link #requestTime()}). */
    public Object execute(Operation operation, SqlPort port, Instant now) {
        Ctx ctx = new Ctx(dataModel, flavour, port, operation.model(), models, now);
        if (isRead(operation) || isSingleStatement(operation)) {
            return run(ctx, operation);
        }
        return port.atomically(() -> run(ctx, operation));
    }

    static boolean isRead(Operation operation) {
        return operation instanceof Operation.FindMany || operation instanceof Operation.FindUnique
                || operation instanceof Operation.Aggregate || operation instanceof Operation.GroupBy;
    }

    /** Writes that are one statement (or a write and a read), or see to their own atomicity. */
    private boolean isSingleStatement(Operation operation) {
        boolean foreignKeys = dataModel.relationMode() != RelationMode.PRISMA;
        if (operation instanceof Operation.CreateOne create) {
            return !create.data().hasNestedWrites();
        }
        if (operation instanceof Operation.UpdateOne update) {
            // Without RETURNING it reads back, atomically on its own (Mutations.updateOne).
            return !update.data().hasNestedWrites();
        }
        if (operation instanceof Operation.DeleteOne) {
            return foreignKeys && flavour.insertDeleteReturning();
        }
        if (operation instanceof Operation.DeleteMany delete) {
            return foreignKeys && delete.limit() == null;
        }
        if (operation instanceof Operation.UpdateMany update) {
            return update.limit() == null;
        }
        if (operation instanceof Operation.CreateMany || operation instanceof Operation.Upsert) {
            // They start a transaction themselves when they need more than one statement.
            return true;
        }
        return false;
    }

    /** The join reader when the read loads relations with the "join" strategy (asked, or the database's default). */
    private JoinReads joins(Ctx ctx, Reads reads, Operation.LoadStrategy asked, io.prisma4j.query.tree.Selection selection) {
        Operation.LoadStrategy strategy = asked != null ? asked : defaultStrategy;
        if (strategy != Operation.LoadStrategy.JOIN || selection.relations().isEmpty() || !JoinReads.supports(selection)) {
            return null;
        }
        return new JoinReads(ctx, reads);
    }

    private Object run(Ctx ctx, Operation operation) {
        Reads reads = new Reads(ctx);
        if (operation instanceof Operation.FindMany find) {
            ReadArgs args = find.args();
            if (find.single()) {
                args = args.withTake(args.take() != null && args.take() < 0 ? -1L : 1L);
            }
            JoinReads join = joins(ctx, reads, find.strategy(), find.selection());
            List<Row> found = join != null ? join.many(find.model(), args, find.selection())
                    : reads.many(find.model(), args, find.selection());
            return SingleStatementReads.answer(find, Results.toMaps(found, find.selection()));
        }
        if (operation instanceof Operation.FindUnique find) {
            JoinReads join = joins(ctx, reads, find.strategy(), find.selection());
            Row row = join != null ? join.unique(find.model(), find.where(), find.selection())
                    : reads.unique(find.model(), find.where(), find.selection());
            return SingleStatementReads.answer(find, row == null ? List.of() : List.of(Results.toMap(row, find.selection())));
        }
        if (operation instanceof Operation.Aggregate aggregate) {
            return new Aggregates(ctx, reads).aggregate(aggregate.model(), aggregate.args(), aggregate.selection());
        }
        if (operation instanceof Operation.GroupBy groupBy) {
            return new Aggregates(ctx, reads).groupBy(groupBy.model(), groupBy.args(), groupBy.by(), groupBy.having(),
                    groupBy.selection());
        }
        Mutations mutations = new Mutations(ctx, new Writes(ctx, reads));
        if (operation instanceof Operation.CreateOne create) {
            return mutations.createOne(create);
        }
        if (operation instanceof Operation.CreateMany createMany) {
            return mutations.createMany(createMany);
        }
        if (operation instanceof Operation.UpdateOne update) {
            return mutations.updateOne(update);
        }
        if (operation instanceof Operation.UpdateMany updateMany) {
            return mutations.updateMany(updateMany);
        }
        if (operation instanceof Operation.Upsert upsert) {
            return mutations.upsert(upsert);
        }
        if (operation instanceof Operation.DeleteOne delete) {
            return mutations.deleteOne(delete);
        }
        return mutations.deleteMany((Operation.DeleteMany) operation);
    }
}
