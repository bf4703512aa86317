package io.prisma4j.schema;

import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.diagnostics.ValidationReport;
import io.prisma4j.schema.model.DataModel;
import io.prisma4j.testkit.Conformance;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never breaks parsing or validation: the tutorial schemas and every schema of the validate
 * corpus, mutated (deletions, insertions, truncations, random characters, very long lines, deep
 * nesting), always come back as diagnostics or, when there are none, as a DataModel.
 */
class MutatedSchemasTest {
    private static final List<String> SEEDS = seeds();
    private static final AtomicLong INPUTS = new AtomicLong();

    /** Fragments of the language, so that insertions produce near-misses and not only noise. */
    private static final List<String> FRAGMENTS = List.of(
            "{", "}", "(", ")", "[", "]", "@", "@@", "\"", ",", ":", "=", "?", "[]", "!", ".", "\n", "\r\n", "\t",
            "//", "///", "/*", "model ", "view ", "enum ", "type ", "datasource ", "generator ", "db ",
            "@id", "@@id([a, b])", "@unique", "@@unique([id])", "@@index([x(sort: Desc)])", "@default(",
            "@default(autoincrement())", "@default(now())", "@default(dbgenerated(\"x\"))", "@relation(",
            "@relation(fields: [a], references: [id])", "@relation(\"R\", onDelete: Cascade)", "@map(\"_id\")",
            "@@map(\"t\")", "@db.VarChar(", "@db.Decimal(65, 30)", "@db.ObjectId", "@updatedAt", "@ignore",
            "@@ignore", "@@schema(\"s\")", "Int", "String?", "User[]", "Json", "Bytes", "Unsupported(\"x\")",
            "provider = \"postgresql\"", "provider = \"mongodb\"", "relationMode = \"prisma\"", "url = env(\"X\")",
            "previewFeatures = [\"views\"]", "env(", "-1", "1e400", "0x1F", "true", "\\u0000", "é", "𝕏", "\u0000");

    @Property(tries = 10000)
    void mutatedSchemasYieldDiagnosticsOrAModel(@ForAll("mutatedSchemas") String text) {
        check(SchemaFiles.single("schema.prisma", text));
    }

    @Property(tries = 300)
    void hostileLinesAndNestingYieldDiagnosticsOrAModel(@ForAll("hostileSchemas") String text) {
        check(SchemaFiles.single("schema.prisma", text));
    }

    @Property(tries = 2000)
    void mutatedMultiFileSchemasYieldDiagnosticsOrAModel(@ForAll("mutatedSchemas") String first,
                                                         @ForAll("mutatedSchemas") String second) {
        check(new SchemaFiles(List.of(new SourceFile("schema/a.prisma", first), new SourceFile("schema/b.prisma", second))));
    }

    @AfterContainer
    static void reportInputs() {
        System.out.println("MutatedSchemasTest: " + INPUTS.get() + " inputs parsed and validated");
    }

    private static void check(SchemaFiles files) {
        INPUTS.incrementAndGet();
        ParsedSchema parsed = PrismaSchema.parse(files);
        String report = ValidationReport.render(files, parsed.diagnostics(), "schema.prisma");
        if (parsed.isValid()) {
            DataModel model = parsed.dataModel();
            assertThat(model.allModels()).hasSize((int) parsed.ast().modelBlocks()
                    .filter(b -> b.kind() != Top.BlockKind.COMPOSITE_TYPE).count());
            assertThat(report).endsWith(" valid \uD83D\uDE80\n");
        } else {
            assertThat(parsed.diagnostics().errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
            assertThat(report).contains("Validation Error Count: " + parsed.diagnostics().errors().size());
        }
    }

    @Provide
    Arbitrary<String> mutatedSchemas() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of(Kind.values()),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 80),
                Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().all().ofMaxLength(12)))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMinSize(1).ofMaxSize(4))
                .as((seed, mutations) -> {
                    String text = seed;
                    for (Mutation m : mutations) {
                        text = m.applyTo(text);
                    }
                    return text;
                });
    }

    @Provide
    Arbitrary<String> hostileSchemas() {
        Arbitrary<String> opening = Arbitraries.of("[", "(", "{", "f(", "[f(", "@default(", "a: [", "\"", "/*", "model M {\n");
        Arbitrary<String> nesting = Combinators.combine(opening, Arbitraries.integers().between(1_000, 20_000))
                .as(String::repeat);
        Arbitrary<String> longLine = Combinators.combine(Arbitraries.of("a", "é", " ", "\"", "@", "//", "Int "),
                        Arbitraries.integers().between(50_000, 200_000))
                .as(String::repeat);
        Arbitrary<String> payload = Arbitraries.oneOf(nesting, longLine);
        return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.doubles().between(0, 1), payload)
                .as((seed, at, inserted) -> {
                    int position = (int) (at * seed.length());
                    return seed.substring(0, position) + inserted + seed.substring(position);
                });
    }

    private enum Kind { DELETE, INSERT, TRUNCATE, RANDOM_CHARACTERS, DUPLICATE, REPLACE_CHARACTER }

    private record Mutation(Kind kind, double at, int length, String payload) {
        String applyTo(String text) {
            int position = (int) (at * text.length());
            int end = Math.min(text.length(), position + length);
            return switch (kind) {
                case DELETE -> text.substring(0, position) + text.substring(end);
                case INSERT -> text.substring(0, position) + payload + text.substring(position);
                case TRUNCATE -> text.substring(0, position);
                case RANDOM_CHARACTERS -> text.substring(0, position) + scrambled(end - position) + text.substring(end);
                case DUPLICATE -> text.substring(0, end) + text.substring(position, end) + text.substring(end);
                case REPLACE_CHARACTER -> position >= text.length() ? text
                        : text.substring(0, position) + (payload.isEmpty() ? "" : payload.substring(0, 1))
                        + text.substring(position + 1);
            };
        }

        /** Arbitrary characters (controls and lone surrogates included), derived from the mutation itself. */
        private String scrambled(int count) {
            StringBuilder out = new StringBuilder(count);
            long state = Double.doubleToLongBits(at) ^ payload.hashCode() ^ count;
            for (int i = 0; i < count; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                out.append((char) (state >>> 48));
            }
            return out.toString();
        }
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        Conformance.schemas().forEach(path -> seeds.add(Conformance.read(path)));
        for (Path dir : Conformance.cases("validate")) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".prisma")).sorted().forEach(p -> seeds.add(Conformance.read(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(seeds);
    }
}
