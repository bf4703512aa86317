package io.prisma4j.schema.ast;

import java.util.List;
import java.util.stream.Stream;

/**
 * The syntax tree of a schema: every top-level element of every file, in file order then source order.
 * Spans point into {@link #files()}.
 */
public record SchemaAst(SchemaFiles files, List<Top> tops) {

    public SchemaAst {
        tops = List.copyOf(tops);
    }

    public Stream<Top.ModelBlock> modelBlocks() {
        return tops.stream().filter(Top.ModelBlock.class::isInstance).map(Top.ModelBlock.class::cast);
    }

    public Stream<Top.EnumBlock> enums() {
        return tops.stream().filter(Top.EnumBlock.class::isInstance).map(Top.EnumBlock.class::cast);
    }

    public Stream<Top.ConfigBlock> configBlocks() {
        return tops.stream().filter(Top.ConfigBlock.class::isInstance).map(Top.ConfigBlock.class::cast);
    }
}
