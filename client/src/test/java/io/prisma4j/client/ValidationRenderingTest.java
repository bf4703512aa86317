package io.prisma4j.client;

import io.prisma4j.testkit.DatabaseKind;
import io.prisma4j.testkit.EachDatabase;
import io.prisma4j.testkit.TestDatabase;

import java.util.Map;

import static io.prisma4j.client.Fixtures.list;
import static io.prisma4j.client.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Validation errors print the call's arguments as Prisma Client does: the culprit underlined, options
 * marked {@code ?}, a missing argument marked {@code +} (expected texts as Prisma 7 prints them).
 */
class ValidationRenderingTest {

    @EachDatabase(DatabaseKind.SQLITE)
    void theCulpritIsUnderlinedAndTheOptionsListed(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "crud")) {
            ModelClient users = prisma.model("user");
            assertMessage(() -> users.create(map("data", map("email", "typed@example.com", "age", "thirty"))), """
                    Invalid `prisma.user.create()` invocation:

                    {
                      data: {
                        email: "typed@example.com",
                        age: "thirty"
                             ~~~~~~~~
                      }
                    }

                    Argument `age`: Invalid value provided. Expected Int, provided String.""");
            assertMessage(() -> users.create(map("data", map("name", "No Email"))), """
                    Invalid `prisma.user.create()` invocation:

                    {
                      data: {
                        name: "No Email",
                    +   email: String
                      }
                    }

                    Argument `email` is missing.""");
            assertMessage(() -> users.findMany(map("select", map("id", true), "include", map("posts", true))), """
                    Invalid `prisma.user.findMany()` invocation:

                    {
                      select: {
                      ~~~~~~
                        id: true
                      },
                      include: {
                      ~~~~~~~
                        posts: true
                      }
                    }

                    Please either use `include` or `select`, but not both at the same time.""");
            assertMessage(() -> users.findUnique(map("where", map("name", "John Doe"))), """
                    Invalid `prisma.user.findUnique()` invocation:

                    {
                      where: {
                        name: "John Doe",
                    ?   id?: Int,
                    ?   email?: String,
                    ?   AND?: UserWhereInput | UserWhereInput[],
                    ?   OR?: UserWhereInput[],
                    ?   NOT?: UserWhereInput | UserWhereInput[],
                    ?   age?: IntFilter | Int,
                    ?   isActive?: BoolFilter | Boolean,
                    ?   city?: StringNullableFilter | String | Null,
                    ?   country?: StringNullableFilter | String | Null,
                    ?   metadata?: JsonNullableFilter,
                    ?   createdAt?: DateTimeFilter | DateTime,
                    ?   updatedAt?: DateTimeFilter | DateTime,
                    ?   profile?: ProfileNullableScalarRelationFilter | ProfileWhereInput | Null,
                    ?   posts?: PostListRelationFilter
                      }
                    }

                    Argument `where` of type UserWhereUniqueInput needs at least one of `id` or `email` arguments. \
                    Available options are marked with ?.""");
        }
    }

    @EachDatabase(DatabaseKind.SQLITE)
    void countShowsTheSelectItAsksForAndNothingIsMarkedInsideLists(TestDatabase db) {
        try (PrismaClient prisma = Fixtures.client(db, "rest-api")) {
            Map<String, Object> insensitive = map("contains", "ali", "mode", "insensitive");
            Map<String, Object> args = map("where", map("OR", list(map("name", insensitive), map("email", insensitive))));
            assertMessage(() -> prisma.model("user").count(args), """
                    Invalid `prisma.user.count()` invocation:

                    {
                      select: {
                        _count: {
                          select: {
                            _all: true
                          }
                        }
                      },
                      where: {
                        OR: [
                          {
                            name: {
                              contains: "ali",
                              mode: "insensitive"
                            }
                          },
                          {
                            email: {
                              contains: "ali",
                              mode: "insensitive"
                            }
                          }
                        ]
                      }
                    }

                    Unknown argument `mode`. Did you mean `lte`? Available options are marked with ?.""");
        }
    }

    private static void assertMessage(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String expected) {
        assertThatThrownBy(call).isInstanceOf(PrismaClientValidationException.class).hasMessage(expected);
    }
}
