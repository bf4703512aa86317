package io.prisma4j.schema.format;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.FieldType;
import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The repairs {@code prisma format} makes before it lays a schema out, for every one-to-one and
 * one-to-many relation:
 * <ul>
 *   <li>a missing back-relation field is added to the referenced model ({@code posts Post[]}, or
 *       {@code profile Profile?} when the foreign key is unique);</li>
 *   <li>a missing forward field is added to the referencing model (a one-sided list becomes a
 *       one-to-many), with {@code @relation(fields: [...], references: [...])};</li>
 *   <li>missing foreign-key scalar fields are added (named after the referenced model and its first
 *       unique criterion: {@code userId}), copying the referenced field's native type;</li>
 *   <li>a missing {@code @relation}, or its missing {@code fields}/{@code references}, is filled in.</li>
 * </ul>
 * Like Prisma, the repairs are text insertions into the source (new fields go right before the closing
 * brace of their model), which the layout pass then aligns. Nothing is repaired when the schema does
 * not resolve (see {@link RepairBlockers}).
 */
final class RelationRepairs {
    private final SchemaIndex index;
    private final List<Insertion> insertions = new ArrayList<>();

    private record Insertion(int fileId, int position, String content) {
    }

    private record InferredField(String name, FieldArity arity, FieldType type, BlockItem.Field blueprint) {
    }

    private RelationRepairs(SchemaIndex index) {
        this.index = index;
    }

    /** The files with the repairs applied, or {@code ast.files()} itself when nothing needs repairing. */
    static SchemaFiles apply(SchemaAst ast, Diagnostics parseDiagnostics) {
        SchemaIndex index = new SchemaIndex(ast);
        if (RepairBlockers.blocked(index, parseDiagnostics)) {
            return ast.files();
        }
        RelationRepairs repairs = new RelationRepairs(index);
        List<InlineRelation> relations = RelationInference.inlineRelations(index);
        // The three passes run in Prisma's order; insertions at one position keep the order they were made in.
        for (InlineRelation relation : relations) {
            repairs.missingRelationFields(relation);
            repairs.missingScalarFields(relation);
        }
        relations.forEach(repairs::missingRelationAttribute);
        relations.forEach(repairs::missingRelationArguments);
        return repairs.insertions.isEmpty() ? ast.files() : repairs.enrich(ast.files());
    }

    private void missingRelationFields(InlineRelation relation) {
        if (relation.back() == null) {
            String model = relation.referencing().name().name();
            String name = Inflector.camelCase(model);
            String arity = relation.oneToOne() ? "?" : "[]";
            String ignore = SchemaIndex.blockAttribute(relation.referencing(), "ignore").isPresent() ? "@ignore" : "";
            insertAtEnd(relation.referenced(), (relation.oneToOne() ? name : Inflector.plural(name)) + " " + model
                    + arity + " " + ignore + "\n");
        }
        if (relation.forward() == null) {
            String model = relation.referenced().name().name();
            String arity = render(forwardArity(relation));
            String name = Inflector.camelCase(model);
            insertAtEnd(relation.referencing(), (arity.equals("[]") ? Inflector.plural(name) : name) + " " + model
                    + arity + " @relation(" + fieldsArgument(relation) + ", " + referencesArgument(relation) + ")\n");
        }
    }

    private void missingScalarFields(InlineRelation relation) {
        if (relation.forward() != null && relation.forward().fields() != null) {
            return;
        }
        for (InferredField field : inferReferencingFields(relation)) {
            if (index.scalarField(relation.referencing(), field.name()).isPresent()) {
                continue;
            }
            FieldType type = field.type();
            if (type.isUnsupported() || !SchemaIndex.BUILTIN_SCALARS.contains(type.name())) {
                // Prisma stops here: an enum or composite key is not copied.
                return;
            }
            insertAtEnd(relation.referencing(), field.name() + " " + type.name() + render(field.arity()) + " "
                    + nativeType(field.blueprint()) + "\n");
        }
    }

    private void missingRelationAttribute(InlineRelation relation) {
        RelationField forward = relation.forward();
        if (forward == null || forward.attribute() != null) {
            return;
        }
        FieldType type = forward.field().type();
        int fileId = type.span().fileId();
        String text = index.ast().files().file(fileId).text();
        int position = type.span().end();
        while (position < text.length() && "[]?!".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        insertions.add(new Insertion(fileId, position,
                " @relation(" + fieldsArgument(relation) + ", " + referencesArgument(relation) + ")"));
    }

    private void missingRelationArguments(InlineRelation relation) {
        RelationField forward = relation.forward();
        if (forward == null || forward.attribute() == null) {
            return;
        }
        List<String> extra = new ArrayList<>();
        if (forward.fields() == null) {
            extra.add(fieldsArgument(relation));
        }
        if (forward.references() == null) {
            extra.add(referencesArgument(relation));
        }
        Attribute attribute = forward.attribute();
        String arguments = String.join(", ", extra);
        // Prisma inserts ", " even when nothing is missing; the layout pass drops it as a trailing comma.
        if (attribute.args().arguments().isEmpty()) {
            insertions.add(new Insertion(attribute.span().fileId(), attribute.span().end(), "(" + arguments + ")"));
        } else {
            insertions.add(new Insertion(attribute.span().fileId(), attribute.span().end() - 1, ", " + arguments));
        }
    }

    /** The forward field's arity, or for a missing forward field: optional if any inferred key is. */
    private FieldArity forwardArity(InlineRelation relation) {
        if (relation.forward() != null) {
            return relation.forward().field().arity();
        }
        boolean anyOptional = inferReferencingFields(relation).stream().anyMatch(f -> f.arity().isOptional());
        return anyOptional ? FieldArity.OPTIONAL : FieldArity.REQUIRED;
    }

    /**
     * The foreign-key fields the referencing model needs: one per field of the referenced model's first
     * unique criterion, named {@code <referencedModel><Field>} in camel case.
     */
    private List<InferredField> inferReferencingFields(InlineRelation relation) {
        Top.ModelBlock referenced = relation.referenced();
        List<List<String>> criteria = UniqueCriteria.of(index, referenced);
        if (criteria.isEmpty()) {
            return List.of();
        }
        List<InferredField> fields = new ArrayList<>();
        for (String key : criteria.get(0)) {
            BlockItem.Field blueprint = index.scalarField(referenced, key).orElse(null);
            if (blueprint == null) {
                // A key on a composite type's field (MongoDB) cannot be a foreign key: nothing to infer.
                return List.of();
            }
            String name = lowerFirst(referenced.name().name()) + upperFirst(key);
            BlockItem.Field existing = index.scalarField(relation.referencing(), name).orElse(null);
            if (existing != null) {
                fields.add(new InferredField(name, existing.arity(), existing.type(), blueprint));
            } else {
                FieldArity arity = relation.forward() != null ? relation.forward().field().arity() : FieldArity.OPTIONAL;
                fields.add(new InferredField(name, arity, blueprint.type(), blueprint));
            }
        }
        return fields;
    }

    private String fieldsArgument(InlineRelation relation) {
        return "fields: [" + inferReferencingFields(relation).stream().map(InferredField::name)
                .collect(Collectors.joining(", ")) + "]";
    }

    private String referencesArgument(InlineRelation relation) {
        List<String> references = relation.forward() != null && relation.forward().references() != null
                ? relation.forward().references()
                : UniqueCriteria.firstStrict(index, relation.referenced()).orElse(List.of());
        return "references: [" + String.join(", ", references) + "]";
    }

    /** The native type attribute of a field as written ({@code @db.VarChar(255)}), or nothing. */
    private String nativeType(BlockItem.Field field) {
        Attribute nativeType = null;
        for (Attribute attribute : field.attributes()) {
            if (attribute.name().contains(".")) {
                nativeType = attribute;
            }
        }
        if (nativeType == null) {
            return "";
        }
        return index.ast().files().file(nativeType.span()).slice(nativeType.span());
    }

    private void insertAtEnd(Top.ModelBlock model, String content) {
        // Right before the closing brace: the added field becomes the model's last line.
        insertions.add(new Insertion(model.span().fileId(), model.span().end() - 1, content));
    }

    private SchemaFiles enrich(SchemaFiles files) {
        List<SourceFile> out = new ArrayList<>();
        for (int fileId = 0; fileId < files.files().size(); fileId++) {
            int id = fileId;
            List<Insertion> here = insertions.stream().filter(i -> i.fileId() == id)
                    .sorted(Comparator.comparingInt(Insertion::position)).toList();
            SourceFile file = files.file(fileId);
            if (here.isEmpty()) {
                out.add(file);
                continue;
            }
            String text = file.text();
            StringBuilder enriched = new StringBuilder(text.length() + 256);
            int last = 0;
            for (Insertion insertion : here) {
                enriched.append(text, last, insertion.position()).append(insertion.content());
                last = insertion.position();
            }
            enriched.append(text, last, text.length());
            out.add(new SourceFile(file.path(), enriched.toString()));
        }
        return new SchemaFiles(out);
    }

    private static String render(FieldArity arity) {
        return switch (arity) {
            case REQUIRED -> "";
            case OPTIONAL -> "?";
            case LIST -> "[]";
        };
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
