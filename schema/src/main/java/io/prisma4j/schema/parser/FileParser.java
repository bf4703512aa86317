package io.prisma4j.schema.parser;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.ArgumentList;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Comment;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.FieldArity;
import io.prisma4j.schema.ast.FieldType;
import io.prisma4j.schema.ast.Identifier;
import io.prisma4j.schema.ast.Span;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.Messages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Parses one file. Each {@code parseX} method implements the grammar rule of the same name: it returns
 * the node and leaves the cursor after it, or returns {@code null} and leaves the cursor (and the
 * diagnostics) exactly as it found them, which is what PEG backtracking requires.
 */
final class FileParser {
    /** Nesting deeper than this fails the expression instead of overflowing the stack. */
    private static final int MAX_NESTING = 200;

    private final int fileId;
    private final Cursor c;
    private final Diagnostics out;
    /** Diagnostics of the item being parsed; dropped when the item backtracks, flushed when it is kept. */
    private final List<Diagnostic> pending = new ArrayList<>();
    /** The last field declaration that could not become a field, with the type it was written with. */
    private BlockItem.Field declarationAsWritten;
    private int nesting;
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
        this.fileId = fileId;
        this.c = new Cursor(text);
        this.out = out;
    }

    List<Top> parse() {
        List<Top> tops = new ArrayList<>();
        Comment pendingDoc = null;
        c.skipWhitespace();
        while (!c.atEnd()) {
            Top top = parseTop(pendingDoc);
            pendingDoc = top instanceof Top.CommentLines lines ? documentation(lines.lines()) : null;
            tops.add(top);
            pending.forEach(out::add);
            pending.clear();
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
            List<String> lines = parseCommentBlock();
            if (lines != null) {
                return new Top.CommentLines(lines, span(start));
            }
            int count = parseEmptyLines();
            if (count > 0) {
                return new Top.EmptyLines(count, span(start));
            }
            top = parseCatchAll();
            pending.add(Messages.invalidTopLevelLine(top.span()));
        }
        return top;
    }

    // ---------------------------------------------------------------- blocks

    private Top.ModelBlock parseModelDeclaration(Comment doc) {
        int start = c.pos;
        int mark = pending.size();
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
        Span keywordSpan = span(start);
        c.skipWhitespace();
        Identifier name = parseIdentifier();
        if (name == null || !parseBlockOpen()) {
            return reset(start, mark);
        }
        String container = kind.keyword();
        List<BlockItem> items = new ArrayList<>();
        Comment pendingFieldDoc = null;
        List<Integer> itemStarts = new ArrayList<>();
        while (true) {
            int itemStart = c.pos;
            if (unclosedModelBody.get(itemStart)) {
                return reset(start, mark);
            }
            itemStarts.add(itemStart);
            c.skipWhitespace();
            BlockItem.Field field = parseFieldDeclaration(name.name(), container, pendingFieldDoc);
            if (field != null) {
                pendingFieldDoc = null;
                if (field.type() != null) {
                    items.add(field);
                    if (kind == Top.BlockKind.COMPOSITE_TYPE) {
                        checkCompositeTypeFieldAttributes(field);
                    }
                } else {
                    items.add(new BlockItem.InvalidLine(slice(field.span()), field.span(), declarationAsWritten));
                }
                continue;
            }
            BlockItem.BlockAttribute attribute = parseBlockAttributeLine();
            if (attribute != null) {
                items.add(attribute);
                if (kind == Top.BlockKind.COMPOSITE_TYPE) {
                    pending.add(compositeTypeBlockAttributeError(attribute));
                }
                continue;
            }
            int commentStart = c.pos;
            List<String> comments = parseCommentBlock();
            if (comments != null) {
                pendingFieldDoc = documentation(comments);
                items.add(new BlockItem.CommentLines(comments, span(commentStart)));
                continue;
            }
            int emptyStart = c.pos;
            int empty = parseEmptyLines();
            if (empty > 0) {
                items.add(new BlockItem.EmptyLines(empty, span(emptyStart)));
                continue;
            }
            BlockItem.InvalidLine invalid = parseBlockLevelCatchAll();
            if (invalid != null) {
                pending.add(Messages.invalidBlockLine(invalid.span()));
                items.add(invalid);
                continue;
            }
            c.pos = itemStart;
            break;
        }
        c.skipWhitespace();
        if (!c.eat('}')) {
            itemStarts.forEach(unclosedModelBody::set);
            return reset(start, mark);
        }
        return new Top.ModelBlock(kind, name, items, doc, keywordSpan, span(start));
    }

    private Top.EnumBlock parseEnumDeclaration(Comment doc) {
        int start = c.pos;
        int mark = pending.size();
        if (!c.eat("enum")) {
            return null;
        }
        c.skipWhitespace();
        Identifier name = parseIdentifier();
        if (name == null || !parseBlockOpen()) {
            return reset(start, mark);
        }
        List<BlockItem> items = new ArrayList<>();
        Comment pendingValueDoc = null;
        List<Integer> itemStarts = new ArrayList<>();
        while (true) {
            int itemStart = c.pos;
            if (unclosedEnumBody.get(itemStart)) {
                return reset(start, mark);
            }
            itemStarts.add(itemStart);
            c.skipWhitespace();
            BlockItem.EnumValue value = parseEnumValueDeclaration(pendingValueDoc);
            if (value != null) {
                pendingValueDoc = null;
                items.add(value);
                continue;
            }
            BlockItem.BlockAttribute attribute = parseBlockAttributeLine();
            if (attribute != null) {
                items.add(attribute);
                continue;
            }
            int commentStart = c.pos;
            List<String> comments = parseCommentBlock();
            if (comments != null) {
                pendingValueDoc = documentation(comments);
                items.add(new BlockItem.CommentLines(comments, span(commentStart)));
                continue;
            }
            int emptyStart = c.pos;
            int empty = parseEmptyLines();
            if (empty > 0) {
                items.add(new BlockItem.EmptyLines(empty, span(emptyStart)));
                continue;
            }
            BlockItem.InvalidLine invalid = parseBlockLevelCatchAll();
            if (invalid != null) {
                pending.add(Messages.invalidEnumLine(invalid.span()));
                items.add(invalid);
                continue;
            }
            c.pos = itemStart;
            break;
        }
        c.skipWhitespace();
        if (!c.eat('}')) {
            itemStarts.forEach(unclosedEnumBody::set);
            return reset(start, mark);
        }
        return new Top.EnumBlock(name, items, doc, span(start));
    }

    private Top.ConfigBlock parseConfigBlock(Comment doc) {
        int start = c.pos;
        int mark = pending.size();
        Top.ConfigKind kind;
        if (c.eat("datasource")) {
            kind = Top.ConfigKind.DATASOURCE;
        } else if (c.eat("generator")) {
            kind = Top.ConfigKind.GENERATOR;
        } else {
            return null;
        }
        c.skipWhitespace();
        Identifier name = parseIdentifier();
        if (name == null || !parseBlockOpen()) {
            return reset(start, mark);
        }
        List<BlockItem> items = new ArrayList<>();
        List<Integer> itemStarts = new ArrayList<>();
        while (true) {
            int itemStart = c.pos;
            if (unclosedConfigBody.get(itemStart)) {
                return reset(start, mark);
            }
            itemStarts.add(itemStart);
            c.skipWhitespace();
            BlockItem.Property property = parseKeyValue();
            if (property != null) {
                items.add(property);
                continue;
            }
            int commentStart = c.pos;
            List<String> comments = parseCommentBlock();
            if (comments != null) {
                items.add(new BlockItem.CommentLines(comments, span(commentStart)));
                continue;
            }
            int emptyStart = c.pos;
            int empty = parseEmptyLines();
            if (empty > 0) {
                items.add(new BlockItem.EmptyLines(empty, span(emptyStart)));
                continue;
            }
            BlockItem.InvalidLine invalid = parseBlockLevelCatchAll();
            if (invalid != null) {
                pending.add(Messages.validationError("This line is not a valid definition within a "
                        + kind.keyword() + ".", invalid.span()));
                items.add(invalid);
                continue;
            }
            c.pos = itemStart;
            break;
        }
        c.skipWhitespace();
        if (!c.eat('}')) {
            itemStarts.forEach(unclosedConfigBody::set);
            return reset(start, mark);
        }
        return new Top.ConfigBlock(kind, name, items, doc, span(start));
    }

    /** {@code type Name = Base @attrs}: not a valid construct; reported and kept verbatim. */
    private Top parseTypeAlias() {
        int start = c.pos;
        int mark = pending.size();
        if (!c.eat("type")) {
            return null;
        }
        c.skipWhitespace();
        if (parseIdentifier() == null) {
            return reset(start, mark);
        }
        c.skipWhitespace();
        if (!c.eat('=')) {
            return reset(start, mark);
        }
        c.skipWhitespace();
        if (parseBaseType() == null) {
            return reset(start, mark);
        }
        parseFieldAttributes();
        pending.subList(mark, pending.size()).clear();
        Span span = span(start);
        pending.add(Messages.invalidTypeAlias(span));
        return new Top.Invalid(slice(span), span);
    }

    /** {@code name { ... }} with an unknown keyword: reported as one invalid block. */
    private Top parseArbitraryBlock() {
        int start = c.pos;
        if (parseIdentifier() == null || !parseBlockOpen()) {
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
        Span span = span(start);
        pending.add(Messages.invalidBlock(span));
        return new Top.Invalid(slice(span), span);
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

    // ---------------------------------------------------------------- block members

    /**
     * field_declaration = identifier ":"? field_type? field_attribute* trailing_comment? NEWLINE.
     * A declaration that matches the grammar but cannot become a field (legacy syntax, no type) is
     * returned with a {@code null} type after its error is reported.
     */
    private BlockItem.Field parseFieldDeclaration(String container, String containerType, Comment doc) {
        int start = c.pos;
        int mark = pending.size();
        Identifier name = parseIdentifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        int colonStart = c.pos;
        Span colon = c.eat(':') ? span(colonStart) : null;
        c.skipWhitespace();
        TypeResult type = parseFieldType();
        List<Attribute> attributes = parseFieldAttributes();
        c.skipWhitespace();
        String trailing = parseTrailingComment();
        c.skipWhitespace();
        if (!c.eatNewline()) {
            return reset(start, mark);
        }
        Span span = span(start);
        Comment documentation = join(doc, trailing);
        declarationAsWritten = new BlockItem.Field(name, type == null ? null : type.type,
                type == null ? FieldArity.REQUIRED : type.arity, attributes, documentation, trailing, span);
        if (colon != null) {
            pending.add(Messages.legacyColon(colon));
            return new BlockItem.Field(name, null, FieldArity.REQUIRED, attributes, documentation, trailing, span);
        }
        if (type == null) {
            pending.add(Messages.fieldMissingNameOrType(containerType, container, span));
            return new BlockItem.Field(name, null, FieldArity.REQUIRED, attributes, documentation, trailing, span);
        }
        if (type.legacyError != null) {
            pending.add(type.legacyError);
            return new BlockItem.Field(name, null, FieldArity.REQUIRED, attributes, documentation, trailing, span);
        }
        return new BlockItem.Field(name, type.type, type.arity, attributes, documentation, trailing, span);
    }

    private BlockItem.BlockAttribute parseBlockAttributeLine() {
        int start = c.pos;
        int mark = pending.size();
        if (!c.eat("@@")) {
            return null;
        }
        c.skipWhitespace();
        int nameStart = c.pos;
        String path = parsePath();
        if (path == null) {
            return reset(start, mark);
        }
        Span nameSpan = span(nameStart);
        c.skipWhitespace();
        ArgumentList args = parseArgumentsList();
        Span attributeSpan = span(start);
        c.skipWhitespace();
        String trailing = parseTrailingComment();
        c.skipWhitespace();
        if (!c.eatNewline()) {
            return reset(start, mark);
        }
        Attribute attribute = new Attribute(path, nameSpan, args, args != null ? attributeSpan : span(start, nameSpan.end()));
        return new BlockItem.BlockAttribute(attribute, trailing, span(start));
    }

    private BlockItem.EnumValue parseEnumValueDeclaration(Comment doc) {
        int start = c.pos;
        int mark = pending.size();
        Identifier name = parseIdentifier();
        if (name == null) {
            return null;
        }
        List<Attribute> attributes = parseFieldAttributes();
        c.skipWhitespace();
        String trailing = parseTrailingComment();
        c.skipWhitespace();
        if (!c.eatNewline()) {
            return reset(start, mark);
        }
        return new BlockItem.EnumValue(name, attributes, join(doc, trailing), trailing, span(start));
    }

    private BlockItem.Property parseKeyValue() {
        int start = c.pos;
        int mark = pending.size();
        Identifier name = parseIdentifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        if (!c.eat('=')) {
            return reset(start, mark);
        }
        c.skipWhitespace();
        // The value is optional in the grammar: `provider =` parses, and validation reports it.
        Expression value = parseExpression();
        c.skipWhitespace();
        String trailing = parseTrailingComment();
        c.skipWhitespace();
        if (!c.eatNewline()) {
            return reset(start, mark);
        }
        return new BlockItem.Property(name, value, trailing, span(start));
    }

    /** BLOCK_LEVEL_CATCH_ALL = !"}" CATCH_ALL. */
    private BlockItem.InvalidLine parseBlockLevelCatchAll() {
        if (c.atEnd() || c.peek() == '}' || c.atNewline()) {
            return null;
        }
        Top.Invalid line = parseCatchAll();
        return new BlockItem.InvalidLine(line.text(), line.span());
    }

    /** CATCH_ALL = (!NEWLINE ANY)+ NEWLINE? */
    private Top.Invalid parseCatchAll() {
        int start = c.pos;
        c.skipToEndOfLine();
        int textEnd = c.pos;
        if (textEnd == start) {
            // A lone newline is always taken by empty_lines first; consume it to guarantee progress.
            c.eatNewline();
            return new Top.Invalid("", span(start));
        }
        c.eatNewline();
        return new Top.Invalid(c.text.substring(start, textEnd), span(start));
    }

    // ---------------------------------------------------------------- comments and blank lines

    /**
     * comment_block = ((doc_comment | comment) NEWLINE?)+ ; returns each line from its slashes to the
     * end of the line, or {@code null} when no comment starts here.
     */
    private List<String> parseCommentBlock() {
        List<String> lines = null;
        while (true) {
            int lineStart = c.pos;
            c.skipWhitespace();
            if (!c.startsWith("//")) {
                c.pos = lineStart;
                return lines;
            }
            int textStart = c.pos;
            c.skipToEndOfLine();
            if (lines == null) {
                lines = new ArrayList<>();
            }
            lines.add(c.text.substring(textStart, c.pos));
            if (!c.eatNewline()) {
                return lines;
            }
        }
    }

    /** trailing_comment = doc_comment | comment ; the comment text from its slashes, or {@code null}. */
    private String parseTrailingComment() {
        if (!c.startsWith("//")) {
            return null;
        }
        int start = c.pos;
        c.skipToEndOfLine();
        return c.text.substring(start, c.pos);
    }

    /** empty_lines = (WHITESPACE* NEWLINE)+ ; returns how many lines were consumed. */
    private int parseEmptyLines() {
        int count = 0;
        while (true) {
            int lineStart = c.pos;
            c.skipWhitespace();
            if (!c.eatNewline()) {
                c.pos = lineStart;
                return count;
            }
            count++;
        }
    }

    /** The {@code ///} lines of a comment block, as Prisma's documentation text. */
    private static Comment documentation(List<String> lines) {
        StringBuilder text = null;
        for (String line : lines) {
            if (line.startsWith("///")) {
                text = text == null ? new StringBuilder() : text.append('\n');
                text.append(line.substring(3).stripLeading());
            }
        }
        return text == null ? null : new Comment(text.toString());
    }

    private static Comment join(Comment doc, String trailing) {
        Comment trailingDoc = trailing != null ? documentation(List.of(trailing)) : null;
        if (doc == null) {
            return trailingDoc;
        }
        return trailingDoc == null ? doc : new Comment(doc.text() + "\n" + trailingDoc.text());
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
                return new TypeResult(base, FieldArity.LIST, Messages.legacyList(span(start)));
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
                return new TypeResult(base, FieldArity.LIST, Messages.optionalList(span(start)));
            }
            c.pos = afterList;
            return new TypeResult(base, FieldArity.LIST, null);
        }
        if (c.eat('?')) {
            return new TypeResult(base, FieldArity.OPTIONAL, null);
        }
        if (c.eat('!')) {
            return new TypeResult(base, FieldArity.REQUIRED, Messages.legacyRequired(span(start)));
        }
        c.pos = afterBase;
        return new TypeResult(base, FieldArity.REQUIRED, null);
    }

    /** base_type = "Unsupported(" string ")" | identifier */
    private FieldType parseBaseType() {
        int start = c.pos;
        int mark = pending.size();
        if (c.eat("Unsupported(")) {
            c.skipWhitespace();
            Expression.StringValue value = parseStringLiteral();
            c.skipWhitespace();
            if (value != null && c.eat(')')) {
                return new FieldType(null, value.value(), span(start));
            }
            reset(start, mark);
        }
        Identifier name = parseIdentifier();
        return name == null ? null : new FieldType(name.name(), null, name.span());
    }

    private List<Attribute> parseFieldAttributes() {
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
        String path = parsePath();
        if (path == null) {
            c.pos = start;
            return null;
        }
        Span nameSpan = span(nameStart);
        int afterName = c.pos;
        c.skipWhitespace();
        ArgumentList args = parseArgumentsList();
        if (args == null) {
            c.pos = afterName;
        }
        return new Attribute(path, nameSpan, args, span(start));
    }

    /** arguments_list = "(" (argument ("," argument)*)? ","? ")" */
    private ArgumentList parseArgumentsList() {
        int start = c.pos;
        int mark = pending.size();
        if (!c.eat('(')) {
            return null;
        }
        if (++nesting > MAX_NESTING) {
            nesting--;
            return reset(start, mark);
        }
        try {
            List<Argument> arguments = new ArrayList<>();
            List<Identifier> empty = new ArrayList<>();
            c.skipWhitespace();
            if (parseArgument(arguments, empty)) {
                while (true) {
                    int before = c.pos;
                    c.skipWhitespace();
                    if (!c.eat(',')) {
                        c.pos = before;
                        break;
                    }
                    c.skipWhitespace();
                    if (!parseArgument(arguments, empty)) {
                        c.pos = before;
                        break;
                    }
                }
            }
            c.skipWhitespace();
            Span trailingComma = null;
            int commaStart = c.pos;
            if (c.eat(',')) {
                trailingComma = span(commaStart);
                c.skipWhitespace();
            }
            if (!c.eat(')')) {
                return reset(start, mark);
            }
            return new ArgumentList(arguments, empty, trailingComma, span(start));
        } finally {
            nesting--;
        }
    }

    /** argument = named_argument | empty_argument | expression */
    private boolean parseArgument(List<Argument> arguments, List<Identifier> empty) {
        int start = c.pos;
        int mark = pending.size();
        Identifier name = parseIdentifier();
        if (name != null) {
            c.skipWhitespace();
            if (c.eat(':')) {
                int afterColon = c.pos;
                c.skipWhitespace();
                Expression value = parseExpression();
                if (value != null) {
                    arguments.add(new Argument(name, value, span(start)));
                    return true;
                }
                c.pos = afterColon;
                empty.add(name);
                return true;
            }
        }
        reset(start, mark);
        Expression value = parseExpression();
        if (value == null) {
            return false;
        }
        arguments.add(new Argument(null, value, value.span()));
        return true;
    }

    // ---------------------------------------------------------------- expressions

    /** expression = function_call | array_expression | numeric_literal | string_literal | path */
    private Expression parseExpression() {
        int start = c.pos;
        int mark = pending.size();
        String path = parsePath();
        if (path != null) {
            Span pathSpan = span(start);
            int afterPath = c.pos;
            c.skipWhitespace();
            ArgumentList args = parseArgumentsList();
            if (args != null) {
                return new Expression.FunctionCall(path, args, span(start));
            }
            c.pos = afterPath;
            reset(start, mark);
            // Ordered choice: a number is tried before a bare path ("5" is a number, "5x" reads "5").
            Expression number = parseNumericLiteral();
            if (number != null) {
                return number;
            }
            c.pos = afterPath;
            return new Expression.ConstantValue(path, pathSpan);
        }
        if (c.peek() == '[') {
            Expression array = parseArrayExpression();
            if (array != null) {
                return array;
            }
        }
        Expression number = parseNumericLiteral();
        if (number != null) {
            return number;
        }
        return parseStringLiteral();
    }

    private Expression.ArrayValue parseArrayExpression() {
        int start = c.pos;
        int mark = pending.size();
        if (!c.eat('[')) {
            return null;
        }
        if (++nesting > MAX_NESTING) {
            nesting--;
            return reset(start, mark);
        }
        try {
            List<Expression> values = new ArrayList<>();
            c.skipWhitespace();
            Expression first = parseExpression();
            if (first != null) {
                values.add(first);
                while (true) {
                    int before = c.pos;
                    c.skipWhitespace();
                    if (!c.eat(',')) {
                        c.pos = before;
                        break;
                    }
                    c.skipWhitespace();
                    Expression next = parseExpression();
                    if (next == null) {
                        c.pos = before;
                        break;
                    }
                    values.add(next);
                }
            }
            c.skipWhitespace();
            if (!c.eat(']')) {
                return reset(start, mark);
            }
            return new Expression.ArrayValue(values, span(start));
        } finally {
            nesting--;
        }
    }

    /** numeric_literal = "-"? DIGIT+ ("." DIGIT+)? */
    private Expression.NumericValue parseNumericLiteral() {
        int start = c.pos;
        c.eat('-');
        if (!isDigit(c.peek())) {
            c.pos = start;
            return null;
        }
        while (isDigit(c.peek())) {
            c.pos++;
        }
        if (c.peek() == '.' && isDigit(c.peek(1))) {
            c.pos++;
            while (isDigit(c.peek())) {
                c.pos++;
            }
        }
        return new Expression.NumericValue(c.text.substring(start, c.pos), span(start));
    }

    /**
     * string_literal = '"' (escape | !('"' | control character) ANY)* '"' ; escapes are decoded as JSON
     * escapes, and an unknown escape is reported where it is.
     */
    private Expression.StringValue parseStringLiteral() {
        int start = c.pos;
        if (!c.eat('"')) {
            return null;
        }
        int contentStart = c.pos;
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch == '\\') {
                if (c.pos + 1 >= c.length) {
                    break;
                }
                c.pos += 2;
            } else if (ch == '"' || ch < 0x20) {
                break;
            } else {
                c.pos++;
            }
        }
        int contentEnd = c.pos;
        if (!c.eat('"')) {
            c.pos = start;
            return null;
        }
        String value = unescape(contentStart, contentEnd);
        return new Expression.StringValue(value, span(start));
    }

    private String unescape(int from, int to) {
        String text = c.text;
        if (text.indexOf('\\', from) < 0 || text.indexOf('\\', from) >= to) {
            return text.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char ch = text.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                i++;
                continue;
            }
            char esc = text.charAt(i + 1);
            switch (esc) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int consumed = 2;
                    int code = 0;
                    boolean ok = true;
                    for (int k = 0; k < 4; k++) {
                        int digit = i + 2 + k < to ? Character.digit(text.charAt(i + 2 + k), 16) : -1;
                        if (digit < 0) {
                            ok = false;
                            break;
                        }
                        code = code * 16 + digit;
                        consumed++;
                    }
                    if (ok) {
                        sb.append((char) code);
                        i += 6;
                    } else {
                        pending.add(Diagnostic.error("Invalid unicode escape sequence.",
                                new Span(fileId, i, Math.min(to, i + consumed))));
                        i += consumed;
                    }
                    continue;
                }
                default -> pending.add(Diagnostic.error("Unknown escape sequence. If the value is a windows-style "
                        + "path, `\\` must be escaped as `\\\\`.", new Span(fileId, i, i + 2)));
            }
            i += 2;
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- names

    /** identifier = ASCII_ALPHANUMERIC ("_" | "-" | ASCII_ALPHANUMERIC)* */
    private Identifier parseIdentifier() {
        int start = c.pos;
        if (!Cursor.isAsciiAlphanumeric(c.peek())) {
            return null;
        }
        c.pos++;
        while (true) {
            char ch = c.peek();
            if (Cursor.isAsciiAlphanumeric(ch) || ch == '_' || ch == '-') {
                c.pos++;
            } else {
                break;
            }
        }
        return new Identifier(c.text.substring(start, c.pos), span(start));
    }

    /** path = identifier ("." path?)* */
    private String parsePath() {
        int start = c.pos;
        if (parseIdentifier() == null) {
            return null;
        }
        while (c.peek() == '.') {
            c.pos++;
            parseIdentifier();
        }
        return c.text.substring(start, c.pos);
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    // ---------------------------------------------------------------- composite types

    private void checkCompositeTypeFieldAttributes(BlockItem.Field field) {
        for (Attribute attribute : field.attributes()) {
            String name = attribute.name();
            if (name.equals("relation") || name.equals("unique") || name.equals("id")) {
                pending.add(Messages.validationError("Defining `@" + name
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

    // ---------------------------------------------------------------- helpers

    private Span span(int start) {
        return new Span(fileId, start, c.pos);
    }

    private Span span(int start, int end) {
        return new Span(fileId, start, end);
    }

    private String slice(Span span) {
        return c.text.substring(span.start(), span.end());
    }

    private <T> T reset(int pos, int mark) {
        c.pos = pos;
        if (pending.size() > mark) {
            pending.subList(mark, pending.size()).clear();
        }
        return null;
    }
}
