package io.prisma4j.schema.parser;

import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Comment;
import io.prisma4j.schema.ast.Identifier;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.Messages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Parses one file: its top-level blocks, each with the body rules of its kind. Each {@code parseX}
 * method implements the grammar rule of the same name: it returns the node and leaves the cursor after
 * it, or returns {@code null} and leaves the cursor (and the diagnostics) exactly as it found them.
 * The lines inside blocks are read by {@link MemberParser}, values by {@link ExpressionParser}, comments
 * and blank lines by {@link TriviaParser}.
 */
final class FileParser {
    private final ParseInput in;
    private final Cursor c;
    private final Diagnostics out;
    private final TriviaParser trivia;
    private final MemberParser members;
    /*
     * Where a block body was already read to its end and found no closing brace, per kind of body.
     * Reading a body from a given line always consumes the same lines, so a later block whose body
     * reaches one of these positions fails the same way: remembering them keeps a file full of
     * unclosed blocks linear instead of re-reading the rest of the file for every block header.
     */
    private final BitSet unclosedModelBody = new BitSet();
    private final BitSet unclosedEnumBody = new BitSet();
    private final BitSet unclosedConfigBody = new BitSet();
    /** The first position from which no '}' follows, once an arbitrary block ran out of input. */
    private int noClosingBraceFrom = Integer.MAX_VALUE;

    FileParser(int fileId, String text, Diagnostics out) {
        this.in = new ParseInput(fileId, text);
        this.c = in.c;
        this.out = out;
        this.trivia = new TriviaParser(in);
        this.members = new MemberParser(in, new ExpressionParser(in), trivia);
    }

    List<Top> parse() {
        List<Top> tops = new ArrayList<>();
        Comment pendingDoc = null;
        c.skipWhitespace();
        while (!c.atEnd()) {
            Top top = parseTop(pendingDoc);
            pendingDoc = top instanceof Top.CommentLines lines ? TriviaParser.documentation(lines.lines()) : null;
            tops.add(top);
            in.flushTo(out);
            c.skipWhitespace();
        }
        return tops;
    }

    private Top parseTop(Comment doc) {
        Top top = parseModelDeclaration(doc);
        if (top == null) {
            top = parseEnumDeclaration(doc);
        }
        if (top == null) {
            top = parseConfigBlock(doc);
        }
        if (top == null) {
            top = parseTypeAlias();
        }
        if (top == null) {
            top = parseArbitraryBlock();
        }
        if (top == null) {
            int start = c.pos;
            List<String> lines = trivia.parseCommentBlock();
            if (lines != null) {
                return new Top.CommentLines(lines, in.span(start));
            }
            int count = trivia.parseEmptyLines();
            if (count > 0) {
                return new Top.EmptyLines(count, in.span(start));
            }
            top = trivia.parseCatchAll();
            in.report(Messages.invalidTopLevelLine(top.span()));
        }
        return top;
    }

    // ---------------------------------------------------------------- blocks

    private Top.ModelBlock parseModelDeclaration(Comment doc) {
        ParseInput.Mark start = in.mark();
        Top.BlockKind kind;
        if (c.eat("model")) {
            kind = Top.BlockKind.MODEL;
        } else if (c.eat("type")) {
            kind = Top.BlockKind.COMPOSITE_TYPE;
        } else if (c.eat("view")) {
            kind = Top.BlockKind.VIEW;
        } else {
            return null;
        }
        Span keywordSpan = in.span(start);
        Identifier name = parseBlockName();
        if (name == null) {
            return in.reset(start);
        }
        boolean composite = kind == Top.BlockKind.COMPOSITE_TYPE;
        List<BlockItem> items = parseBody(unclosedModelBody,
                fieldDoc -> field(members.parseFieldDeclaration(name.name(), kind.keyword(), fieldDoc), composite),
                attribute -> {
                    if (composite) {
                        in.report(compositeTypeBlockAttributeError(attribute));
                    }
                },
                Messages::invalidBlockLine);
        if (items == null) {
            return in.reset(start);
        }
        return new Top.ModelBlock(kind, name, items, doc, keywordSpan, in.span(start));
    }

    /** A field as an item of its block: an invalid line when it cannot be a field. */
    private BlockItem field(BlockItem.Field field, boolean inCompositeType) {
        if (field == null) {
            return null;
        }
        if (field.type() == null) {
            return new BlockItem.InvalidLine(in.slice(field.span()), field.span(), members.declarationAsWritten());
        }
        if (inCompositeType) {
            checkCompositeTypeFieldAttributes(field);
        }
        return field;
    }

    private Top.EnumBlock parseEnumDeclaration(Comment doc) {
        ParseInput.Mark start = in.mark();
        if (!c.eat("enum")) {
            return null;
        }
        Identifier name = parseBlockName();
        List<BlockItem> items = name == null ? null : parseBody(unclosedEnumBody,
                members::parseEnumValueDeclaration, attribute -> {
                }, Messages::invalidEnumLine);
        if (items == null) {
            return in.reset(start);
        }
        return new Top.EnumBlock(name, items, doc, in.span(start));
    }

    private Top.ConfigBlock parseConfigBlock(Comment doc) {
        ParseInput.Mark start = in.mark();
        Top.ConfigKind kind;
        if (c.eat("datasource")) {
            kind = Top.ConfigKind.DATASOURCE;
        } else if (c.eat("generator")) {
            kind = Top.ConfigKind.GENERATOR;
        } else {
            return null;
        }
        Identifier name = parseBlockName();
        List<BlockItem> items = name == null ? null : parseBody(unclosedConfigBody,
                propertyDoc -> members.parseKeyValue(), null,
                span -> Messages.validationError("This line is not a valid definition within a " + kind.keyword()
                        + ".", span));
        if (items == null) {
            return in.reset(start);
        }
        return new Top.ConfigBlock(kind, name, items, doc, in.span(start));
    }

    /** The name after a block's keyword and the line that opens its body, or {@code null}. */
    private Identifier parseBlockName() {
        c.skipWhitespace();
        Identifier name = in.parseIdentifier();
        return name == null || !parseBlockOpen() ? null : name;
    }

    /**
     * A block body up to and including its closing brace: member lines, block attribute lines (when
     * {@code attributes} is given; it is told of each), comments (whose {@code ///} lines document the
     * next member), empty lines, and lines that are none of these, reported with {@code invalidLine}.
     * Returns {@code null} when the body has no closing brace, remembering where in {@code unclosed}.
     *
     * @param member parses a member with the documentation above it; {@code null} when none starts here
     */
    private List<BlockItem> parseBody(BitSet unclosed, Function<Comment, BlockItem> member,
                                      Consumer<BlockItem.BlockAttribute> attributes,
                                      Function<Span, Diagnostic> invalidLine) {
        List<BlockItem> items = new ArrayList<>();
        Comment pendingDoc = null;
        List<Integer> itemStarts = new ArrayList<>();
        while (true) {
            int itemStart = c.pos;
            if (unclosed.get(itemStart)) {
                return null;
            }
            itemStarts.add(itemStart);
            c.skipWhitespace();
            BlockItem item = member.apply(pendingDoc);
            if (item != null) {
                pendingDoc = null;
                items.add(item);
                continue;
            }
            BlockItem.BlockAttribute attribute = attributes == null ? null : members.parseBlockAttributeLine();
            if (attribute != null) {
                items.add(attribute);
                attributes.accept(attribute);
                continue;
            }
            int commentStart = c.pos;
            List<String> comments = trivia.parseCommentBlock();
            if (comments != null) {
                pendingDoc = TriviaParser.documentation(comments);
                items.add(new BlockItem.CommentLines(comments, in.span(commentStart)));
                continue;
            }
            int emptyStart = c.pos;
            int empty = trivia.parseEmptyLines();
            if (empty > 0) {
                items.add(new BlockItem.EmptyLines(empty, in.span(emptyStart)));
                continue;
            }
            BlockItem.InvalidLine invalid = trivia.parseBlockLevelCatchAll();
            if (invalid != null) {
                in.report(invalidLine.apply(invalid.span()));
                items.add(invalid);
                continue;
            }
            c.pos = itemStart;
            break;
        }
        c.skipWhitespace();
        if (!c.eat('}')) {
            itemStarts.forEach(unclosed::set);
            return null;
        }
        return items;
    }

    /** {@code type Name = Base @attrs}: not a valid construct; reported and kept verbatim. */
    private Top parseTypeAlias() {
        ParseInput.Mark start = in.mark();
        if (!c.eat("type")) {
            return null;
        }
        c.skipWhitespace();
        if (in.parseIdentifier() == null) {
            return in.reset(start);
        }
        c.skipWhitespace();
        if (!c.eat('=')) {
            return in.reset(start);
        }
        c.skipWhitespace();
        if (members.parseBaseType() == null) {
            return in.reset(start);
        }
        members.parseFieldAttributes();
        in.dropSince(start);
        Span span = in.span(start);
        in.report(Messages.invalidTypeAlias(span));
        return new Top.Invalid(in.slice(span), span);
    }

    /** {@code name { ... }} with an unknown keyword: reported as one invalid block. */
    private Top parseArbitraryBlock() {
        int start = c.pos;
        if (in.parseIdentifier() == null || !parseBlockOpen()) {
            c.pos = start;
            return null;
        }
        int bodyStart = c.pos;
        if (bodyStart >= noClosingBraceFrom) {
            c.pos = start;
            return null;
        }
        while (!c.atEnd() && c.peek() != '}') {
            c.pos++;
        }
        if (!c.eat('}')) {
            noClosingBraceFrom = bodyStart;
            c.pos = start;
            return null;
        }
        Span span = in.span(start);
        in.report(Messages.invalidBlock(span));
        return new Top.Invalid(in.slice(span), span);
    }

    /** BLOCK_OPEN = "{" then anything up to and including the end of the line. */
    private boolean parseBlockOpen() {
        int start = c.pos;
        c.skipWhitespace();
        if (!c.eat('{')) {
            c.pos = start;
            return false;
        }
        c.skipToEndOfLine();
        if (!c.eatNewline()) {
            c.pos = start;
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- composite types

    private void checkCompositeTypeFieldAttributes(BlockItem.Field field) {
        for (Attribute attribute : field.attributes()) {
            String name = attribute.name();
            if (name.equals("relation") || name.equals("unique") || name.equals("id")) {
                in.report(Messages.validationError("Defining `@" + name
                        + "` attribute for a field in a composite type is not allowed.", field.span()));
            }
        }
    }

    private static Diagnostic compositeTypeBlockAttributeError(BlockItem.BlockAttribute item) {
        String message = switch (item.attribute().name()) {
            case "map" -> "The name of a composite type is not persisted in the database, therefore it does not "
                    + "need a mapped database name.";
            case "unique" -> "A unique constraint should be defined in the model containing the embed.";
            case "index" -> "An index should be defined in the model containing the embed.";
            case "fulltext" -> "A fulltext index should be defined in the model containing the embed.";
            case "id" -> "A composite type cannot define an id.";
            default -> "A composite type cannot have block-level attributes.";
        };
        return Messages.validationError(message, item.span());
    }
}
