package io.prisma4j.schema.parser;

import io.prisma4j.schema.ast.ArgumentList;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Comment;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.FieldType;
import io.prisma4j.schema.ast.Identifier;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines inside a block: field declarations with their types and attributes, block attributes
 * ({@code @@...}), enum values and configuration properties ({@code key = value}).
 */
final class MemberParser {
    private final ParseInput in;
    private final Cursor c;
    private final ExpressionParser expressions;
    private final TriviaParser trivia;
    /** The last field declaration that could not become a field, with the type it was written with. */
    private BlockItem.Field declarationAsWritten;

    MemberParser(ParseInput in, ExpressionParser expressions, TriviaParser trivia) {
        this.in = in;
        this.c = in.c;
        this.expressions = expressions;
        this.trivia = trivia;
    }

    /**
     * field_declaration = identifier ":"? field_type? field_attribute* trailing_comment? NEWLINE.
     * A declaration that matches the grammar but cannot become a field (legacy syntax, no type) is
     * returned with a {@code null} type after its error is reported; {@link #declarationAsWritten()}
     * then has it with the type it was written with.
     */
    BlockItem.Field parseFieldDeclaration(String container, String containerType, Comment doc) {
        ParseInput.Mark start = in.mark();
        Identifier name = in.parseIdentifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        int colonStart = c.pos;
        Span colon = c.eat(':') ? in.span(colonStart) : null;
        c.skipWhitespace();
        TypeResult type = parseFieldType();
        List<Attribute> attributes = parseFieldAttributes();
        LineEnd end = parseLineEnd();
        if (end == null) {
            return in.reset(start);
        }
        String trailing = end.trailingComment();
        Span span = in.span(start);
        Comment documentation = TriviaParser.join(doc, trailing);
        declarationAsWritten = new BlockItem.Field(name, type == null ? null : type.type,
                type == null ? FieldArity.REQUIRED : type.arity, attributes, documentation, trailing, span);
        Diagnostic invalid = colon != null ? Messages.legacyColon(colon)
                : type == null ? Messages.fieldMissingNameOrType(containerType, container, span)
                : type.legacyError;
        if (invalid != null) {
            in.report(invalid);
            return new BlockItem.Field(name, null, FieldArity.REQUIRED, attributes, documentation, trailing, span);
        }
        return new BlockItem.Field(name, type.type, type.arity, attributes, documentation, trailing, span);
    }

    /** The last declaration {@link #parseFieldDeclaration} returned without a type, as it was written. */
    BlockItem.Field declarationAsWritten() {
        return declarationAsWritten;
    }

    BlockItem.BlockAttribute parseBlockAttributeLine() {
        ParseInput.Mark start = in.mark();
        if (!c.eat("@@")) {
            return null;
        }
        c.skipWhitespace();
        int nameStart = c.pos;
        String path = in.parsePath();
        if (path == null) {
            return in.reset(start);
        }
        Span nameSpan = in.span(nameStart);
        c.skipWhitespace();
        ArgumentList args = expressions.parseArgumentsList();
        Span attributeSpan = in.span(start);
        LineEnd end = parseLineEnd();
        if (end == null) {
            return in.reset(start);
        }
        String trailing = end.trailingComment();
        Attribute attribute = new Attribute(path, nameSpan, args,
                args != null ? attributeSpan : in.span(start.pos(), nameSpan.end()));
        return new BlockItem.BlockAttribute(attribute, trailing, in.span(start));
    }

    BlockItem.EnumValue parseEnumValueDeclaration(Comment doc) {
        ParseInput.Mark start = in.mark();
        Identifier name = in.parseIdentifier();
        if (name == null) {
            return null;
        }
        List<Attribute> attributes = parseFieldAttributes();
        LineEnd end = parseLineEnd();
        if (end == null) {
            return in.reset(start);
        }
        String trailing = end.trailingComment();
        return new BlockItem.EnumValue(name, attributes, TriviaParser.join(doc, trailing), trailing, in.span(start));
    }

    BlockItem.Property parseKeyValue() {
        ParseInput.Mark start = in.mark();
        Identifier name = in.parseIdentifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        if (!c.eat('=')) {
            return in.reset(start);
        }
        c.skipWhitespace();
        // The value is optional in the grammar: `provider =` parses, and validation reports it.
        Expression value = expressions.parseExpression();
        LineEnd end = parseLineEnd();
        if (end == null) {
            return in.reset(start);
        }
        String trailing = end.trailingComment();
        return new BlockItem.Property(name, value, trailing, in.span(start));
    }

    /** The end of a member line, and the comment written after the member, or {@code null}. */
    private record LineEnd(String trailingComment) {
    }

    /** WHITESPACE* trailing_comment? WHITESPACE* NEWLINE ; {@code null} when the line does not end here. */
    private LineEnd parseLineEnd() {
        c.skipWhitespace();
        String trailing = trivia.parseTrailingComment();
        c.skipWhitespace();
        return c.eatNewline() ? new LineEnd(trailing) : null;
    }

    // ---------------------------------------------------------------- types and attributes

    private record TypeResult(FieldType type, FieldArity arity, Diagnostic legacyError) {
    }

    /**
     * field_type = base "[]" "?" | base "[]" | base "?" | base "!" | "[" base "]" | base ; the legacy
     * forms parse but are reported, as Prisma does.
     */
    private TypeResult parseFieldType() {
        int start = c.pos;
        if (c.peek() == '[') {
            c.pos++;
            c.skipWhitespace();
            FieldType base = parseBaseType();
            c.skipWhitespace();
            if (base != null && c.eat(']')) {
                return new TypeResult(base, FieldArity.LIST, Messages.legacyList(in.span(start)));
            }
            c.pos = start;
            return null;
        }
        FieldType base = parseBaseType();
        if (base == null) {
            return null;
        }
        int afterBase = c.pos;
        c.skipWhitespace();
        if (c.eat("[]")) {
            int afterList = c.pos;
            c.skipWhitespace();
            if (c.eat('?')) {
                return new TypeResult(base, FieldArity.LIST, Messages.optionalList(in.span(start)));
            }
            c.pos = afterList;
            return new TypeResult(base, FieldArity.LIST, null);
        }
        if (c.eat('?')) {
            return new TypeResult(base, FieldArity.OPTIONAL, null);
        }
        if (c.eat('!')) {
            return new TypeResult(base, FieldArity.REQUIRED, Messages.legacyRequired(in.span(start)));
        }
        c.pos = afterBase;
        return new TypeResult(base, FieldArity.REQUIRED, null);
    }

    /** base_type = "Unsupported(" string ")" | identifier */
    FieldType parseBaseType() {
        ParseInput.Mark start = in.mark();
        if (c.eat("Unsupported(")) {
            c.skipWhitespace();
            Expression.StringValue value = expressions.parseStringLiteral();
            c.skipWhitespace();
            if (value != null && c.eat(')')) {
                return new FieldType(null, value.value(), in.span(start));
            }
            in.reset(start);
        }
        Identifier name = in.parseIdentifier();
        return name == null ? null : new FieldType(name.name(), null, name.span());
    }

    List<Attribute> parseFieldAttributes() {
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            int before = c.pos;
            c.skipWhitespace();
            Attribute attribute = parseFieldAttribute();
            if (attribute == null) {
                c.pos = before;
                return attributes;
            }
            attributes.add(attribute);
        }
    }

    /** field_attribute = "@" path arguments_list? */
    private Attribute parseFieldAttribute() {
        int start = c.pos;
        if (!c.eat('@')) {
            return null;
        }
        c.skipWhitespace();
        int nameStart = c.pos;
        String path = in.parsePath();
        if (path == null) {
            c.pos = start;
            return null;
        }
        Span nameSpan = in.span(nameStart);
        int afterName = c.pos;
        c.skipWhitespace();
        ArgumentList args = expressions.parseArgumentsList();
        if (args == null) {
            c.pos = afterName;
        }
        return new Attribute(path, nameSpan, args, in.span(start));
    }
}
