package io.prisma4j.schema.ast;

import java.util.List;

/**
 * One line-level element inside a block, kept in source order so the formatter can reproduce comments,
 * blank lines and attribute placement exactly. Validation looks only at the typed members.
 */
public sealed interface BlockItem {

    Span span();

    /** A field of a model, view or composite type. */
    record Field(Identifier name, FieldType type, FieldArity arity, List<Attribute> attributes,
                 Comment documentation, String trailingComment, Span span) implements BlockItem {
        public Field {
            attributes = List.copyOf(attributes);
        }

        public String nameText() {
            return name.name();
        }
    }

    /** A block attribute ({@code @@id}, {@code @@map}, ...) with its trailing comment, if any. */
    record BlockAttribute(Attribute attribute, String trailingComment, Span span) implements BlockItem {
    }

    /** A value of an enum with its attributes ({@code @map}). */
    record EnumValue(Identifier name, List<Attribute> attributes, Comment documentation, String trailingComment,
                     Span span) implements BlockItem {
        public EnumValue {
            attributes = List.copyOf(attributes);
        }
    }

    /** {@code key = value} in a datasource or generator block; {@code value} is {@code null} for {@code key =}. */
    record Property(Identifier name, Expression value, String trailingComment, Span span) implements BlockItem {
    }

    /** Consecutive comment lines (each kept verbatim, trimmed of leading whitespace). */
    record CommentLines(List<String> lines, Span span) implements BlockItem {
        public CommentLines {
            lines = List.copyOf(lines);
        }
    }

    /** One or more empty lines. */
    record EmptyLines(int count, Span span) implements BlockItem {
    }

    /**
     * A line that cannot become a member (already reported as an error). Most are kept verbatim; a field
     * declaration in legacy or incomplete syntax ({@code name: String}, {@code tags String[]?},
     * {@code email} without a type) also carries the {@code declaration} as written, with its type where
     * one was written, so the formatter can lay it out like Prisma does.
     *
     * @param declaration the field as written, or {@code null} when the line is not a field declaration
     */
    record InvalidLine(String text, Span span, Field declaration) implements BlockItem {
        public InvalidLine(String text, Span span) {
            this(text, span, null);
        }
    }
}
