package io.prisma4j.schema.format;

import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.ast.SchemaFiles;
import io.prisma4j.schema.ast.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The relation repairs {@code prisma format} makes, and when it does not make them. */
class RelationRepairsTest {

    private static String format(String schema) {
        return PrismaSchema.format(schema).text();
    }

    @Test
    void aMissingBackRelationIsAddedToTheReferencedModelAsAList() {
        assertThat(format("""
                model Category {
                  id Int @id
                }

                model Product {
                  id         Int      @id
                  categoryId Int
                  category   Category @relation(fields: [categoryId], references: [id])
                }
                """)).contains("""
                model Category {
                  id       Int       @id
                  products Product[]
                }
                """);
    }

    @Test
    void aMissingRelationAttributeIsAddedAfterTheTypeWithTheExistingForeignKey() {
        assertThat(format("""
                model User {
                  id    Int    @id
                  posts Post[]
                }

                model Post {
                  id     Int   @id
                  userId Int?
                  user   User? // written without @relation
                }
                """)).contains("""
                  id     Int   @id
                  userId Int?
                  user   User? @relation(fields: [userId], references: [id]) // written without @relation
                }
                """);
    }

    @Test
    void theBackRelationOfAReferencedModelInAnotherFileIsAddedToThatFile() {
        SchemaFiles files = new SchemaFiles(List.of(
                new SourceFile("user.prisma", "model User {\n  id Int @id\n}\n"),
                new SourceFile("post.prisma", "model Post {\n  id Int @id\n  authorId Int\n"
                        + "  author User @relation(fields: [authorId], references: [id])\n}\n")));
        FormattedSchema result = PrismaSchema.format(files);
        assertThat(result.files().file(0).text()).isEqualTo("model User {\n  id    Int    @id\n  posts Post[]\n}\n");
        assertThat(result.files().file(1).path()).isEqualTo("post.prisma");
        assertThat(result.changedFiles()).extracting(SourceFile::path).containsExactly("user.prisma", "post.prisma");
    }

    @Test
    void nothingIsRepairedWhenATypeDoesNotResolve() {
        String schema = """
                model Post {
                  id     Int     @id
                  author User
                  tag    Unknown
                }
                """;
        assertThat(format(schema)).isEqualTo(schema);
    }

    @Test
    void nothingIsRepairedWhenTheSchemaHasASyntaxError() {
        String schema = """
                model User {
                  id Int @id
                }

                model Post {
                  id     Int  @id
                  author User
                  %%%
                }
                """;
        assertThat(format(schema)).isEqualTo(schema);
    }

    @Test
    void nothingIsRepairedWhenAnAttributeIsUnknownOrMisplaced() {
        String unknownAttribute = """
                model User {
                  id Int @id @primary
                }

                model Post {
                  id     Int  @id
                  author User
                }
                """;
        assertThat(format(unknownAttribute)).isEqualTo(unknownAttribute);
        String relationOnScalar = unknownAttribute.replace("@id @primary", "@id @relation(\"x\")");
        assertThat(format(relationOnScalar)).isEqualTo(relationOnScalar);
    }

    @Test
    void completeRelationsAndManyToManyRelationsAreLeftAlone() {
        String schema = """
                model Post {
                  id   Int   @id
                  tags Tag[]
                }

                model Tag {
                  id    Int    @id
                  posts Post[]
                }
                """;
        assertThat(format(schema)).isEqualTo(schema);
    }
}
