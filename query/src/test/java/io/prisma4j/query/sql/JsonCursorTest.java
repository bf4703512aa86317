package io.prisma4j.query.sql;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader of joined JSON, on every form the three databases write. */
class JsonCursorTest {

    @Test
    void stringsWithAndWithoutEscapes() {
        JsonCursor cursor = new JsonCursor("""
                ["plain", "q\\"uote", "back\\\\slash\\/", "\\b\\f\\n\\r\\t", "\\u00e9\\ud83d\\ude00", "after escapes", ""]""");
        List<String> strings = new ArrayList<>();
        assertThat(cursor.enterArray()).isTrue();
        do {
            strings.add(cursor.string());
        } while (cursor.nextElement());
        assertThat(strings).containsExactly("plain", "q\"uote", "back\\slash/", "\b\f\n\r\t", "é😀", "after escapes", "");
        assertThat(cursor.atEnd()).isTrue();
    }

    @Test
    void rawControlCharactersAsMariaDbWritesThem() {
        JsonCursor cursor = new JsonCursor("[\"line\nbreak\u0001\", \"x\"]");
        cursor.enterArray();
        assertThat(cursor.string()).isEqualTo("line\nbreak\u0001");
        assertThat(cursor.nextElement()).isTrue();
        assertThat(cursor.string()).isEqualTo("x");
        assertThat(cursor.nextElement()).isFalse();
    }

    @Test
    void numbersAsWritten() {
        JsonCursor cursor = new JsonCursor("[-42, 9223372036854775807, 9007199254740993, 1.50, -1e-7, 3.0]");
        cursor.enterArray();
        assertThat(cursor.integer()).isEqualTo(-42);
        cursor.nextElement();
        assertThat(cursor.integer()).isEqualTo(Long.MAX_VALUE);
        cursor.nextElement();
        assertThat(cursor.integer()).isEqualTo(9_007_199_254_740_993L);
        cursor.nextElement();
        assertThat(cursor.number()).isEqualTo("1.50");
        cursor.nextElement();
        assertThat(cursor.number()).isEqualTo("-1e-7");
        cursor.nextElement();
        assertThat(cursor.integer()).as("an integral value written with a fraction").isEqualTo(3);
        assertThat(cursor.nextElement()).isFalse();
    }

    @Test
    void literalsNestedArraysAndWhitespaceBetweenTokens() {
        JsonCursor cursor = new JsonCursor(" [ null ,true,\n false , [ ], [[1], {\"k\": [2, {}]}], {\"a\" : \"}\"} ] ");
        assertThat(cursor.enterArray()).isTrue();
        assertThat(cursor.nextIsNull()).isTrue();
        cursor.nextElement();
        assertThat(cursor.bool()).isTrue();
        cursor.nextElement();
        assertThat(cursor.nextIsNull()).isFalse();
        assertThat(cursor.bool()).isFalse();
        cursor.nextElement();
        assertThat(cursor.enterArray()).isFalse();
        cursor.nextElement();
        assertThat(cursor.rawValue()).isEqualTo("[[1], {\"k\": [2, {}]}]");
        cursor.nextElement();
        cursor.skipValue();
        assertThat(cursor.nextElement()).isFalse();
        assertThat(cursor.atEnd()).isTrue();
    }

    @Test
    void skippingTheRestOfAnArray() {
        JsonCursor cursor = new JsonCursor("[[1, \"two\", [3, 4], {\"five\": 5}], 6]");
        cursor.enterArray();
        cursor.enterArray();
        assertThat(cursor.integer()).isEqualTo(1);
        cursor.skipRestOfArray();
        assertThat(cursor.nextElement()).isTrue();
        assertThat(cursor.integer()).isEqualTo(6);
        assertThat(cursor.nextElement()).isFalse();
    }

    @Test
    void malformedTextIsAnErrorNotAWrongValue() {
        assertThatThrownBy(() -> new JsonCursor("\"open").string()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonCursor("\"bad \\x escape\"").string()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> {
            JsonCursor cursor = new JsonCursor("[1 2]");
            cursor.enterArray();
            cursor.integer();
            cursor.nextElement();
        }).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonCursor("nul").nextIsNull()).isInstanceOf(IllegalStateException.class);
    }
}
