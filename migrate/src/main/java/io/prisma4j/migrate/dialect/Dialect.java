package io.prisma4j.migrate.dialect;

import io.prisma4j.migrate.calculate.CalculatorFlavour;
import io.prisma4j.migrate.diff.DifferFlavour;
import io.prisma4j.migrate.render.DdlRenderer;
import io.prisma4j.schema.connector.Provider;

/** Everything migrations need to know about one database. */
public interface Dialect {

    Provider provider();

    CalculatorFlavour calculator();

    DifferFlavour differ();

    DdlRenderer renderer();

    /** The schema objects go to when the URL names none ({@code public} on PostgreSQL), or {@code null}. */
    default String defaultNamespace() {
        return null;
    }
}
