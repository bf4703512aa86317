package io.prisma4j.schema;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.DiagnosticPrinter;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.DataModelBuilder;

/**
 * A schema that was parsed and validated: its files, syntax tree, every diagnostic, and (when there are
 * no errors) the resolved {@link DataModel}.
 */
public final class ParsedSchema {
    private final SchemaFiles files;
    private final SchemaAst ast;
    private final Diagnostics diagnostics;
    private DataModel dataModel;

    ParsedSchema(SchemaFiles files, SchemaAst ast, Diagnostics diagnostics) {
        this.files = files;
        this.ast = ast;
        this.diagnostics = diagnostics;
    }

    public SchemaFiles files() {
        return files;
    }

    public SchemaAst ast() {
        return ast;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }

    /**
     * The resolved data model.
     *
     * @throws SchemaValidationException when the schema has errors; its message prints them all
     */
    public synchronized DataModel dataModel() {
        if (diagnostics.hasErrors()) {
            throw new SchemaValidationException(printErrors(), diagnostics.errors());
        }
        if (dataModel == null) {
            dataModel = DataModelBuilder.build(ast);
        }
        return dataModel;
    }

    /** Every error with its code frame, as Prisma prints them, followed by the error count. */
    public String printErrors() {
        DiagnosticPrinter printer = new DiagnosticPrinter(files);
        StringBuilder out = new StringBuilder();
        for (Diagnostic error : diagnostics.errors()) {
            printer.print(error, out);
        }
        out.append('\n').append("Validation Error Count: ").append(diagnostics.errors().size());
        return out.toString();
    }
}
