package io.prisma4j.schema.ast;

import java.util.List;
import java.util.stream.Stream;

/** A top-level element of a schema file, in source order. */
public sealed interface Top {

    Span span();

    /** What a {@code model}-like block was declared with. */
    enum BlockKind {
        MODEL("model"), VIEW("view"), COMPOSITE_TYPE("type");

        private final String keyword;

        BlockKind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** A {@code model}, {@code view} or composite {@code type} block. */
    record ModelBlock(BlockKind kind, Identifier name, List<BlockItem> items, Comment documentation,
                      Span keywordSpan, Span span) implements Top {
        public ModelBlock {
            items = List.copyOf(items);
        }

        public Stream<BlockItem.Field> fields() {
            return items.stream().filter(BlockItem.Field.class::isInstance).map(BlockItem.Field.class::cast);
        }

        public Stream<Attribute> attributes() {
            return items.stream().filter(BlockItem.BlockAttribute.class::isInstance)
                    .map(i -> ((BlockItem.BlockAttribute) i).attribute());
        }
    }

    /** An {@code enum} block. */
    record EnumBlock(Identifier name, List<BlockItem> items, Comment documentation, Span span) implements Top {
        public EnumBlock {
            items = List.copyOf(items);
        }

        public Stream<BlockItem.EnumValue> values() {
            return items.stream().filter(BlockItem.EnumValue.class::isInstance).map(BlockItem.EnumValue.class::cast);
        }

        public Stream<Attribute> attributes() {
            return items.stream().filter(BlockItem.BlockAttribute.class::isInstance)
                    .map(i -> ((BlockItem.BlockAttribute) i).attribute());
        }
    }

    /** What a configuration block was declared with. */
    enum ConfigKind {
        DATASOURCE("datasource"), GENERATOR("generator");

        private final String keyword;

        ConfigKind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** A {@code datasource} or {@code generator} block. */
    record ConfigBlock(ConfigKind kind, Identifier name, List<BlockItem> items, Comment documentation,
                       Span span) implements Top {
        public ConfigBlock {
            items = List.copyOf(items);
        }

        public Stream<BlockItem.Property> properties() {
            return items.stream().filter(BlockItem.Property.class::isInstance).map(BlockItem.Property.class::cast);
        }
    }

    /** Comment lines between top-level blocks. */
    record CommentLines(List<String> lines, Span span) implements Top {
        public CommentLines {
            lines = List.copyOf(lines);
        }
    }

    /** Blank lines between top-level blocks. */
    record EmptyLines(int count, Span span) implements Top {
    }

    /** A line or block the grammar could not read (already reported as an error); kept verbatim. */
    record Invalid(String text, Span span) implements Top {
    }
}
