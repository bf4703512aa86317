package io.prisma4j.schema.validation;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.validation.internal.config.Configuration;
import io.prisma4j.schema.validation.internal.db.SchemaDb;
import io.prisma4j.schema.validation.internal.rules.SchemaRules;

/**
 * Runs the validation passes over a parsed schema in Prisma's order, reporting every problem to the
 * diagnostics (it never stops at the first error):
 * <ol>
 *   <li>resolve names, field types, attributes and relations (each pass reports what it finds);</li>
 *   <li>load the datasource and generator blocks;</li>
 *   <li>only when all of that produced no error: the connector-aware rules (relations, referential
 *       actions, native types, indexes, defaults, provider capabilities), as Prisma skips them for a
 *       schema that is already invalid.</li>
 * </ol>
 */
public final class SchemaValidator {
    private SchemaValidator() {
    }

    public static void validate(SchemaAst ast, Diagnostics diagnostics) {
        SchemaDb db = SchemaDb.build(ast, diagnostics);
        Configuration configuration = Configuration.load(ast, diagnostics);
        if (diagnostics.hasErrors()) {
            return;
        }
        SchemaRules.validate(db, configuration, diagnostics);
    }
}
