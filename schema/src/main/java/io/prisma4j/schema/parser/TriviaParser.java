package io.prisma4j.schema.parser;

import io.prisma4j.schema.ast.BlockItem;
import io.prisma4j.schema.ast.Comment;
import io.prisma4j.schema.ast.Top;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines between declarations: comment blocks, trailing comments, empty lines, and the catch-all
 * lines the grammar falls back to when nothing else matches. Also turns {@code ///} comments into the
 * documentation of the declaration they stand above.
 */
final class TriviaParser {
    private final ParseInput in;
    private final Cursor c;

    TriviaParser(ParseInput in) {
        this.in = in;
        this.c = in.c;
    }

    /**
     * comment_block = ((doc_comment | comment) NEWLINE?)+ ; returns each line from its slashes to the
     * end of the line, or {@code null} when no comment starts here.
     */
    List<String> parseCommentBlock() {
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
    String parseTrailingComment() {
        if (!c.startsWith("//")) {
            return null;
        }
        int start = c.pos;
        c.skipToEndOfLine();
        return c.text.substring(start, c.pos);
    }

    /** empty_lines = (WHITESPACE* NEWLINE)+ ; returns how many lines were consumed. */
    int parseEmptyLines() {
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

    /** BLOCK_LEVEL_CATCH_ALL = !"}" CATCH_ALL. */
    BlockItem.InvalidLine parseBlockLevelCatchAll() {
        if (c.atEnd() || c.peek() == '}' || c.atNewline()) {
            return null;
        }
        Top.Invalid line = parseCatchAll();
        return new BlockItem.InvalidLine(line.text(), line.span());
    }

    /** CATCH_ALL = (!NEWLINE ANY)+ NEWLINE? */
    Top.Invalid parseCatchAll() {
        int start = c.pos;
        c.skipToEndOfLine();
        int textEnd = c.pos;
        if (textEnd == start) {
            // A lone newline is always taken by empty_lines first; consume it to guarantee progress.
            c.eatNewline();
            return new Top.Invalid("", in.span(start));
        }
        c.eatNewline();
        return new Top.Invalid(c.text.substring(start, textEnd), in.span(start));
    }

    /** The {@code ///} lines of a comment block, as Prisma's documentation text. */
    static Comment documentation(List<String> lines) {
        StringBuilder text = null;
        for (String line : lines) {
            if (line.startsWith("///")) {
                text = text == null ? new StringBuilder() : text.append('\n');
                text.append(line.substring(3).stripLeading());
            }
        }
        return text == null ? null : new Comment(text.toString());
    }

    /** The documentation above a declaration followed by that of its trailing {@code ///} comment. */
    static Comment join(Comment doc, String trailing) {
        Comment trailingDoc = trailing != null ? documentation(List.of(trailing)) : null;
        if (doc == null) {
            return trailingDoc;
        }
        return trailingDoc == null ? doc : new Comment(doc.text() + "\n" + trailingDoc.text());
    }
}
