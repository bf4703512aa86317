package io.prisma4j.query.plan;

import io.prisma4j.query.sql.SqlPort;

import java.util.List;

/** A shape's statement kept with where its parameters come from: runs a call of the shape without building it. */
interface Plan {

    /** Runs the plan with a call's values (see {@link ArgShape#values()}) and answers as the full path would. */
    Object run(List<Object> values, SqlPort port);
}
