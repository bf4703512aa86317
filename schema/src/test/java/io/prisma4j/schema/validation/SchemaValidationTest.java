package io.prisma4j.schema.validation;

import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.ast.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation of schemas outside the conformance corpus. The expected messages and lines are those
 * Prisma 7.10.1 reports for the same schemas, except where prisma4j deliberately follows Prisma 6
 * (datasource URLs in the schema).
 */
class SchemaValidationTest {

    /** Every error as {@code line: message}. */
    private static List<String> errors(String schema) {
        ParsedSchema parsed = PrismaSchema.parse(schema);
        SourceFile file = parsed.files().file(0);
        return parsed.diagnostics().errors().stream()
                .map(e -> (file.lineOf(e.span().start()) + 1) + ": " + e.message())
                .toList();
    }

    @Test
    void nativeTypeArgumentsAreCheckedPerProvider() {
        assertThat(errors("""
                datasource db {
                  provider = "postgresql"
                }
                model A {
                  id   Int     @id
                  name String  @db.VarChar(a)
                  n    Decimal @db.Decimal(10)
                  t    String  @db.Char(1, 2)
                  x    Int     @db.Text
                  y    String  @db.Foo
                }
                """)).containsExactly(
                "6: Expected a nonnegative integer, but found (a).",
                "7: Expected two nonnegative integers, but found (10).",
                "8: Native type Char takes 1 optional arguments, but received 2.",
                "9: Native type Text is not compatible with declared field type Int, expected field type String.",
                "10: Native type Foo is not supported for postgresql connector.");
    }

    @Test
    void sqliteHasNoNativeTypesAndNoScalarLists() {
        assertThat(errors("""
                datasource db {
                  provider = "sqlite"
                }
                model A {
                  id   Int    @id
                  name String @db.Text
                  tags String[]
                }
                """)).containsExactly(
                "6: Native type Text is not supported for sqlite connector.",
                "7: Field \"tags\" in model \"A\" can't be a list. The current connector does not support lists of primitive types.");
    }

    @Test
    void mongoDbIdsMustMapToUnderscoreId() {
        assertThat(errors("""
                datasource db {
                  provider = "mongodb"
                }
                model A {
                  id   String @id @default(auto()) @db.ObjectId
                }
                type T {
                  a Int
                }
                """)).containsExactly(
                "5: Error validating field `id` in model `A`: MongoDB model IDs must have an @map(\"_id\") annotation.");
    }

    @Test
    void compositeTypesAndJsonListsAreMongoDbOnly() {
        assertThat(errors("""
                datasource db {
                  provider = "mysql"
                }
                type Address {
                  street String
                }
                model A {
                  id Int  @id
                  j  Json[]
                  e  Kind
                }
                enum Kind {
                  A
                }
                """)).containsExactly(
                "4: Error validating: Composite types are not supported on MySQL.",
                "9: Error validating field `j` in model `A`: Field `j` in model `A` can't be of type Json[]. The current connector does not support the Json List type.",
                "9: Field \"j\" in model \"A\" can't be a list. The current connector does not support lists of primitive types.");
    }

    @Test
    void referentialActionsDependOnTheProvider() {
        assertThat(errors("""
                datasource db {
                  provider = "sqlserver"
                }
                model User {
                  id    Int    @id
                  posts Post[]
                }
                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id], onDelete: Restrict, onUpdate: SetDefault)
                }
                """)).containsExactly(
                "11: Error validating: Invalid referential action: `Restrict`. Allowed values: (`Cascade`, `NoAction`, `SetNull`, `SetDefault`)");
    }

    @Test
    void implicitManyToManyNeedsAnIdOnBothSides() {
        assertThat(errors("""
                datasource db {
                  provider = "postgresql"
                }
                model User {
                  email String @unique
                  roles Role[]
                }
                model Role {
                  id    Int    @id
                  users User[]
                }
                """)).containsExactly(
                "10: Error validating field `users` in model `Role`: The relation field `users` on model `Role` references `User` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.");
    }

    @Test
    void fieldsAndReferencesMustMatchAndReferenceAUniqueCriterion() {
        assertThat(errors("""
                datasource db {
                  provider = "postgresql"
                }
                model User {
                  id    Int    @id
                  code  String
                  posts Post[]
                }
                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id, code])
                }
                """)).containsExactly(
                "12: Error parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([id, code])` attribute to the model `User`.",
                "12: Error validating: You must specify the same number of fields in `fields` and `references`.");
    }

    @Test
    void defaultValuesMustFitTheFieldType() {
        assertThat(errors("""
                datasource db {
                  provider = "postgresql"
                }
                model A {
                  id    Int      @id @default(uuid())
                  n     Int      @default("x")
                  d     DateTime @default(now(1))
                  b     Boolean  @default(1)
                  f     Float    @default(autoincrement())
                }
                """)).containsExactly(
                "5: Error parsing attribute \"@default\": The function `uuid()` cannot be used on fields of type `Int`.",
                "6: Error parsing attribute \"@default\": Expected a Int value, but found `\"x\"`.",
                "7: Error parsing attribute \"@default\": The `now` function does not take any argument. Consider changing this default to `now()`.",
                "8: Error parsing attribute \"@default\": Expected a Boolean value, but found `1`.",
                "9: Error parsing attribute \"@default\": The function `autoincrement()` cannot be used on fields of type `Float`.");
    }

    @Test
    void urlAndDirectUrlAreAcceptedAsStringOrEnvEvenWhenTheVariableIsMissing() {
        assertThat(errors("""
                datasource db {
                  provider  = "postgresql"
                  url       = env("DATABASE_URL_THAT_IS_NOT_SET")
                  directUrl = "postgresql://localhost:5432/db"
                }
                model User {
                  id Int @id
                }
                """)).isEmpty();
    }

    @Test
    void aLiteralUrlMustUseTheProvidersProtocol() {
        assertThat(errors("""
                datasource db {
                  provider = "postgresql"
                  url      = "mysql://localhost:3306/db"
                }
                """)).containsExactly(
                "3: Error validating datasource `db`: the URL must start with the protocol `postgresql://` or `postgres://`.");
    }
}
