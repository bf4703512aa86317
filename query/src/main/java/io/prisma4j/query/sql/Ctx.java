package io.prisma4j.query.sql;

import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.sql.SqlStatement;
import io.prisma4j.sql.SqlWriter;
import io.prisma4j.sql.ast.Expr;
import io.prisma4j.sql.ast.Statement;
import io.prisma4j.sql.ast.TableRef;

import java.time.Instant;
import java.util.List;

/** Everything one operation's execution shares: database flavour, connection, "now", alias numbering. */
final class Ctx {
    final DataModel dataModel;
    final SqlFlavour flavour;
    final SqlWriter writer;
    final SqlPort port;
    /** The model of the operation being executed (error meta names it). */
    final Model rootModel;
    final ModelCache models;
    /** Prisma uses one "now" per request for every {@code now()} default and {@code @updatedAt}. */
    final Instant now;
    private int aliases;

    Ctx(DataModel dataModel, SqlFlavour flavour, SqlPort port, Model rootModel, ModelCache models, Instant now) {
        this.now = now;
        this.dataModel = dataModel;
        this.models = models;
        this.rootModel = rootModel;
        this.flavour = flavour;
        this.writer = flavour.writer();
        this.port = port;
    }

    String alias() {
        return "t" + aliases++;
    }

    TableRef.Table table(Model model, String alias) {
        return new TableRef.Table(model.schema().orElse(null), model.databaseName(), alias);
    }

    static Expr column(String alias, ScalarField field) {
        return new Expr.Column(alias, field.databaseName());
    }

    SqlStatement render(Statement statement) {
        return writer.render(statement);
    }

    List<Object[]> query(Statement statement, List<ColumnType> columns) {
        return port.query(render(statement), columns);
    }

    long execute(Statement statement) {
        return port.execute(render(statement));
    }

    /** How many values one IN list may carry, leaving room for the statement's other parameters. */
    int batchSize() {
        return Math.max(1, writer.maxBindParameters() - 500);
    }
}
