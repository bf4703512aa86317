package io.prisma4j.generator.internal;

import com.squareup.javapoet.CodeBlock;
import io.prisma4j.schema.model.Documented;

/** Javadoc from the schema's {@code ///} comments. */
final class Docs {
    private Docs() {
    }

    /** The element's documentation as Javadoc text (paragraph-separated lines kept), else {@code fallback}. */
    static CodeBlock of(Documented element, String fallback) {
        String text = element.documentation().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        CodeBlock.Builder doc = CodeBlock.builder();
        if (text != null) {
            doc.add("$L\n", escape(text));
            if (fallback != null) {
                doc.add("<p>\n");
            }
        }
        if (fallback != null) {
            doc.add("$L\n", fallback);
        }
        return doc.build();
    }

    /** Text that cannot end the comment or read as an HTML tag. */
    static String escape(String text) {
        return text.replace("*/", "*&#47;").replace("@", "{@literal @}").replace("<", "&lt;").replace(">", "&gt;");
    }
}
