package io.prisma4j.schema.format;

import io.prisma4j.schema.PrismaSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout rules of {@code prisma format}, one at a time. */
class LayoutRulesTest {

    private static String format(String schema) {
        return PrismaSchema.format(schema).text();
    }

    @Test
    void columnsAreAsWideAsTheirWidestCellPlusOneSpaceAndTheLastCellIsNotPadded() {
        assertThat(format("""
                model A {
                  id Int @id
                  longerName String?
                  list String[] @default([])
                }
                """)).isEqualTo("""
                model A {
                  id         Int      @id
                  longerName String?
                  list       String[] @default([])
                }
                """);
    }

    @Test
    void trailingCommentsFollowTheirRowAfterOneSpaceWithoutBeingAligned() {
        assertThat(format("""
                model A {
                  id Int @id      // key
                  name String         // name
                  b Boolean// flag
                }
                """)).isEqualTo("""
                model A {
                  id   Int     @id // key
                  name String // name
                  b    Boolean // flag
                }
                """);
    }

    @Test
    void anEmptyLineStartsANewAlignmentGroupAndRunsOfEmptyLinesBecomeOne() {
        assertThat(format("""
                model A {

                  id Int @id



                  somewhatLongName String
                  other Int

                }
                """)).isEqualTo("""
                model A {
                  id Int @id

                  somewhatLongName String
                  other            Int
                }
                """);
    }

    @Test
    void blockAttributesMoveAfterTheFieldsInPrismasOrderWithTheCommentAboveThem() {
        assertThat(format("""
                model A {
                  // about the table name
                  @@map("a")
                  id Int @id
                  email String
                  @@index([email]) // lookup
                  @@unique([email])
                }
                """)).isEqualTo("""
                model A {
                  id    Int    @id
                  email String

                  @@unique([email])
                  @@index([email]) // lookup
                  // about the table name
                  @@map("a")
                }
                """);
    }

    @Test
    void fieldAttributesAreSortedByKindAndOtherwiseKeepTheirOrder() {
        assertThat(format("""
                model A {
                  a String @db.VarChar(10) @map("x") @default("") @unique @id
                }
                """)).contains("  a String @id @unique @default(\"\") @map(\"x\") @db.VarChar(10)\n");
    }

    @Test
    void argumentsGetCanonicalSpacingWhileLiteralsStayAsWritten() {
        assertThat(format("""
                model A {
                  id Int @id @default( autoincrement( ) )
                  s String @default("a \\"quoted\\" \\u00e9")
                  f Float @default(-1.50)
                  @@index([ s , f(sort:Desc) ],map:"ix",)
                }
                """)).isEqualTo("""
                model A {
                  id Int    @id @default(autoincrement())
                  s  String @default("a \\"quoted\\" \\u00e9")
                  f  Float  @default(-1.50)

                  @@index([s, f(sort: Desc)], map: "ix")
                }
                """);
    }

    @Test
    void configurationPropertiesAlignTheirEqualsSigns() {
        assertThat(format("""
                generator client {
                  provider="prisma-client-js"
                  previewFeatures = [ "views" ]
                }
                """)).isEqualTo("""
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["views"]
                }
                """);
    }

    @Test
    void blocksAreSeparatedByOneEmptyLineAndCommentsAboveABlockStayAttached() {
        assertThat(format("""


                // about A
                model A {
                  id Int @id
                }
                model B {
                  id Int @id
                }



                // the end


                """)).isEqualTo("""
                // about A
                model A {
                  id Int @id
                }

                model B {
                  id Int @id
                }

                // the end
                """);
    }

    @Test
    void ownLineCommentsStayInPlaceWithTheCurrentIndentation() {
        assertThat(format("""
                enum Role {
                      // first
                  A
                /// second
                  B /// trailing
                }
                """)).isEqualTo("""
                enum Role {
                  // first
                  A
                  /// second
                  B /// trailing
                }
                """);
    }

    @Test
    void crlfBecomesLfAndAFinalNewlineIsAdded() {
        assertThat(format("model A {\r\n  id Int @id\r\n}")).isEqualTo("model A {\n  id Int @id\n}\n");
    }

    @Test
    void linesTheGrammarCannotReadAreKeptAsWritten() {
        assertThat(format("""
                model A {
                  id Int @id
                  this is : not a field
                }
                garbage   at the top
                """)).isEqualTo("""
                model A {
                  id Int @id
                  this is : not a field
                }

                garbage   at the top
                """);
    }

    @Test
    void everyAttributeOfAnEnumValueGoesIntoOneCellWithoutASpaceAsInPrisma() {
        // Invalid (a value takes one @map), but this is what Prisma's formatter writes for it.
        assertThat(format("""
                enum E {
                  A @map("a") @map("b")
                }
                """)).contains("  A @map(\"a\")@map(\"b\")\n");
    }

    @Test
    void alreadyFormattedTextIsReportedAsFormatted() {
        String schema = "model A {\n  id Int @id\n}\n";
        assertThat(PrismaSchema.format(schema).isFormatted()).isTrue();
        assertThat(PrismaSchema.format(schema.replace("  id", "    id")).changedFiles()).hasSize(1);
    }
}
