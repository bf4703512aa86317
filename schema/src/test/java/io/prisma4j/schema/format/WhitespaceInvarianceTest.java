package io.prisma4j.schema.format;

import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.testkit.Conformance;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formatting depends on tokens, blank lines and comments only: every schema of the corpus (already
 * formatted by Prisma) comes back unchanged after its indentation, the spaces between its tokens, its
 * trailing whitespace and its line endings were scrambled. Strings and comment text are left alone,
 * since Prisma keeps them as written.
 */
class WhitespaceInvarianceTest {

    @Property(tries = 300)
    void scrambledWhitespaceFormatsBackToPrismasLayout(@ForAll("corpusSchemas") Path schema, @ForAll long seed) {
        String formatted = Conformance.read(schema);
        String scrambled = scramble(formatted, new Random(seed));
        assertThat(PrismaSchema.format(scrambled).text()).isEqualTo(formatted);
    }

    @Provide
    Arbitrary<Path> corpusSchemas() {
        return Arbitraries.of(Conformance.schemas());
    }

    static String scramble(String text, Random random) {
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(blanks(random, 0, 3));
            String trimmed = line.stripLeading();
            boolean hasComment = scrambleLine(trimmed, random, out);
            if (!hasComment) {
                out.append(blanks(random, 0, 2));
            }
            out.append(newline);
        }
        out.setLength(out.length() - newline.length());
        return out.toString();
    }

    /** Re-spaces the runs of blanks between tokens; returns whether the line ends in a comment. */
    private static boolean scrambleLine(String line, Random random, StringBuilder out) {
        boolean inString = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < line.length()) {
                    out.append(line.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                i++;
            } else if (c == '"') {
                inString = true;
                out.append(c);
                i++;
            } else if (line.startsWith("//", i)) {
                out.append(line, i, line.length());
                return true;
            } else if (c == ' ' || c == '\t') {
                while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    i++;
                }
                out.append(i < line.length() && line.startsWith("//", i) ? blanks(random, 0, 3) : blanks(random, 1, 3));
            } else {
                out.append(c);
                i++;
            }
        }
        return false;
    }

    private static String blanks(Random random, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder blanks = new StringBuilder();
        for (int k = 0; k < count; k++) {
            blanks.append(random.nextInt(4) == 0 ? '\t' : ' ');
        }
        return blanks.toString();
    }
}
