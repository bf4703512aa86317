package io.prisma4j.schema.model;

import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.testkit.Conformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the DataModel resolves for the tutorial's schemas, written out by hand. */
class TutorialDataModelTest {

    private static DataModel tutorial(String file) {
        ParsedSchema parsed = PrismaSchema.parse(Conformance.read(Conformance.category("schemas").resolve(file)));
        assertThat(parsed.diagnostics().errors()).as(parsed.printErrors()).isEmpty();
        return parsed.dataModel();
    }

    private static DataModel inline(String schema) {
        ParsedSchema parsed = PrismaSchema.parse(schema);
        assertThat(parsed.diagnostics().errors()).as(parsed.printErrors()).isEmpty();
        return parsed.dataModel();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "sqlite"})
    void implicitManyToManyKeepsItsRowsInUnderscoreRoleToUserWithColumnAForRole(String provider) {
        DataModel model = tutorial("many-to-many-implicit." + provider + ".prisma");
        Relation relation = model.requireModel("User").relationField("roles").orElseThrow().relation();

        assertThat(relation.isManyToMany()).isTrue();
        assertThat(relation.name()).isEqualTo("RoleToUser");
        assertThat(relation.fieldA()).isSameAs(model.requireModel("Role").relationField("users").orElseThrow());
        assertThat(model.manyToManyRelations()).containsExactly(relation);
        Relation.JoinTable join = relation.joinTable().orElseThrow();
        assertThat(join.name()).isEqualTo("_RoleToUser");
        assertThat(join.modelA().name()).isEqualTo("Role");
        assertThat(join.modelB().name()).isEqualTo("User");
        assertThat(List.of(join.columnA(), join.columnB())).containsExactly("A", "B");
        assertThat(relation.onDelete()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void selfManyToManyOrdersItsSidesByFieldName() {
        DataModel model = tutorial("self-relation-follows.postgresql.prisma");
        Model user = model.requireModel("User");
        Relation relation = user.relationField("following").orElseThrow().relation();

        assertThat(relation.name()).isEqualTo("UserFollows");
        assertThat(relation.isSelfRelation()).isTrue();
        assertThat(relation.fieldA()).isSameAs(user.relationField("followers").orElseThrow());
        assertThat(relation.fieldB()).containsSame(user.relationField("following").orElseThrow());
        assertThat(relation.joinTable().orElseThrow().name()).isEqualTo("_UserFollows");
    }

    @Test
    void explicitJoinModelIsSelectedByItsCompoundUniqueUserIdRoleId() {
        DataModel model = tutorial("many-to-many-explicit.mysql.prisma");
        Model userRole = model.requireModel("UserRole");

        assertThat(userRole.uniques()).singleElement().satisfies(unique -> {
            assertThat(unique.isCompound()).isTrue();
            assertThat(unique.whereUniqueName()).isEqualTo("userId_roleId");
            assertThat(unique.databaseName()).isEqualTo("UserRole_userId_roleId_key");
            assertThat(unique.explicitDatabaseName()).isFalse();
        });
        Relation toUser = userRole.relationField("user").orElseThrow().relation();
        assertThat(toUser.isOneToMany()).isTrue();
        assertThat(toUser.name()).isEqualTo("UserToUserRole");
        assertThat(toUser.referencingModel()).isSameAs(userRole);
        assertThat(toUser.referencedField()).containsSame(model.requireModel("User").relationField("userRoles").orElseThrow());
        assertThat(toUser.foreignKeyName()).isEqualTo("UserRole_userId_fkey");
        assertThat(toUser.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(toUser.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(model.manyToManyRelations()).isEmpty();
    }

    @Test
    void blogUsesMappedTableNamesInEveryDefaultConstraintName() {
        DataModel model = tutorial("blog.postgresql.prisma");
        Model post = model.requireModel("Post");
        Model postTag = model.requireModel("PostTag");

        assertThat(post.databaseName()).isEqualTo("posts");
        assertThat(post.primaryKey().orElseThrow().databaseName()).isEqualTo("posts_pkey");
        assertThat(post.uniques()).extracting(UniqueConstraint::databaseName).containsExactly("posts_slug_key");
        assertThat(post.indexes()).extracting(Index::databaseName).containsExactly(
                "posts_authorId_idx", "posts_categoryId_idx", "posts_published_publishedAt_idx", "posts_slug_idx");
        assertThat(postTag.primaryKey().orElseThrow()).satisfies(pk -> {
            assertThat(pk.whereUniqueName()).isEqualTo("postId_tagId");
            assertThat(pk.databaseName()).isEqualTo("post_tags_pkey");
            assertThat(pk.fieldLevel()).isFalse();
        });
        assertThat(model.requireModel("Like").uniques().get(0).databaseName()).isEqualTo("likes_userId_postId_key");

        Relation category = post.relationField("category").orElseThrow().relation();
        assertThat(category.foreignKeyName()).isEqualTo("posts_categoryId_fkey");
        assertThat(category.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(model.requireModel("User").scalarField("role").orElseThrow().enumType().name()).isEqualTo("Role");
    }

    @Test
    void namedSelfRelationPutsTheForeignKeyOnTheFieldWithFields() {
        DataModel model = tutorial("blog.sqlite.prisma");
        Model comment = model.requireModel("Comment");
        Relation replies = comment.relationField("replies").orElseThrow().relation();

        assertThat(replies.name()).isEqualTo("CommentReplies");
        assertThat(replies.isSelfRelation()).isTrue();
        assertThat(replies.isOneToMany()).isTrue();
        assertThat(replies.referencingField()).isSameAs(comment.relationField("parent").orElseThrow());
        assertThat(replies.referencingField().fields()).extracting(Field::name).containsExactly("parentId");
        assertThat(replies.onDelete()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void mapRenamesColumnsAndTablesButNotClientNames() {
        DataModel model = tutorial("field-attributes.mysql.prisma");
        Model user = model.requireModel("User");

        assertThat(user.databaseName()).isEqualTo("users");
        assertThat(user.scalarField("firstName").orElseThrow().databaseName()).isEqualTo("first_name");
        assertThat(user.scalarField("internal").orElseThrow().isIgnored()).isTrue();
        assertThat(user.scalarField("updatedAt").orElseThrow().isUpdatedAt()).isTrue();
        assertThat(user.scalarField("balance").orElseThrow().nativeType().orElseThrow())
                .isEqualTo(new NativeType("Decimal", List.of("10", "2")));
        assertThat(user.uniques()).extracting(UniqueConstraint::databaseName)
                .containsExactly("users_email_key", "users_username_key", "users_first_name_last_name_key");
        assertThat(user.uniques().get(2).whereUniqueName()).isEqualTo("firstName_lastName");
        assertThat(user.indexes()).extracting(Index::databaseName).containsExactly("users_email_status_idx");

        Relation profile = user.relationField("profile").orElseThrow().relation();
        assertThat(profile.isOneToOne()).isTrue();
        assertThat(profile.referencingModel().name()).isEqualTo("Profile");
        assertThat(profile.foreignKeyName()).isEqualTo("Profile_userId_fkey");
        assertThat(profile.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
    }

    @Test
    void mongoDbMapsIdsToUnderscoreIdAndEmulatesRelations() {
        DataModel model = tutorial("social.mongodb.prisma");
        Model user = model.requireModel("User");

        assertThat(model.provider()).isEqualTo(Provider.MONGODB);
        assertThat(model.relationMode()).isEqualTo(RelationMode.PRISMA);
        assertThat(user.databaseName()).isEqualTo("users");
        ScalarField id = user.scalarField("id").orElseThrow();
        assertThat(id.databaseName()).isEqualTo("_id");
        assertThat(id.isId()).isTrue();
        assertThat(id.defaultValue().orElseThrow().kind()).isEqualTo(DefaultValue.Kind.AUTO);
        assertThat(id.nativeType().orElseThrow().name()).isEqualTo("ObjectId");
        assertThat(user.scalarField("followers").orElseThrow().isList()).isTrue();
        assertThat(model.requireModel("Like").uniques().get(0).whereUniqueName()).isEqualTo("postId_userId");
        assertThat(model.requireModel("Post").relationField("author").orElseThrow().relation().onDelete())
                .isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void compositeTypeFieldsEmbedTheirType() {
        DataModel model = tutorial("composite-type.mongodb.prisma");
        CompositeField address = model.requireModel("User").compositeFields().get(0);

        assertThat(address.name()).isEqualTo("address");
        assertThat(address.compositeType()).isSameAs(model.compositeType("Address").orElseThrow());
        assertThat(address.compositeType().fields()).extracting(Field::name)
                .containsExactly("street", "city", "state", "zipCode", "country");
    }

    @Test
    void relationModePrismaStillRestrictsDeletesOfReferencedRows() {
        DataModel model = tutorial("relation-mode-prisma.mysql.prisma");
        Relation author = model.requireModel("Post").relationField("author").orElseThrow().relation();

        assertThat(model.relationMode()).isEqualTo(RelationMode.PRISMA);
        assertThat(author.relationMode().usesForeignKeys()).isFalse();
        assertThat(author.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
    }

    @Test
    void optionalForeignKeyDefaultsToSetNullButAnyRequiredColumnToRestrict() {
        DataModel model = inline("""
                datasource db {
                  provider = "postgresql"
                }
                model User {
                  id    Int    @id
                  tag   String
                  posts Post[]
                  notes Note[]
                  @@unique([id, tag])
                }
                model Post {
                  id       Int   @id
                  authorId Int?
                  author   User? @relation(fields: [authorId], references: [id])
                }
                model Note {
                  id      Int     @id
                  userId  Int
                  userTag String?
                  user    User?   @relation(fields: [userId, userTag], references: [id, tag])
                }
                """);
        assertThat(model.requireModel("Post").relationField("author").orElseThrow().relation().onDelete())
                .isEqualTo(ReferentialAction.SET_NULL);
        RelationField noteUser = model.requireModel("Note").relationField("user").orElseThrow();
        assertThat(noteUser.referentialArity()).isEqualTo(io.prisma4j.schema.ast.FieldArity.REQUIRED);
        assertThat(noteUser.relation().onDelete()).isEqualTo(ReferentialAction.RESTRICT);
    }

    @Test
    void sqlServerHasNoRestrictSoRequiredRelationsDefaultToNoAction() {
        DataModel model = inline("""
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
                  author   User @relation(fields: [authorId], references: [id])
                }
                """);
        assertThat(model.requireModel("Post").relationField("author").orElseThrow().relation().onDelete())
                .isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void defaultNamesAreCutToTheDatabasesIdentifierLengthInBytes() {
        String longName = "a".repeat(70);
        String schema = """
                datasource db {
                  provider = "%s"
                }
                model %s {
                  id    Int    @id
                  email String @unique
                }
                """;
        Model postgres = inline(schema.formatted("postgresql", longName)).requireModel(longName);
        Model mysql = inline(schema.formatted("mysql", longName)).requireModel(longName);

        assertThat(postgres.primaryKey().orElseThrow().databaseName()).isEqualTo("a".repeat(58) + "_pkey");
        assertThat(postgres.uniques().get(0).databaseName()).isEqualTo("a".repeat(59) + "_key");
        assertThat(mysql.uniques().get(0).databaseName()).isEqualTo("a".repeat(60) + "_key");
        assertThat(ConstraintNames.unique("ü".repeat(40), List.of("x"), 63)).isEqualTo("ü".repeat(29) + "_key");
        assertThat(ConstraintNames.defaultValue("User", "role", 128)).isEqualTo("User_role_df");
    }
}
