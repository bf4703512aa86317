package io.prisma4j.query;

import io.prisma4j.query.document.ValidationError;
import io.prisma4j.query.document.ValidationException;
import io.prisma4j.query.tree.Condition;
import io.prisma4j.query.tree.Filter;
import io.prisma4j.query.tree.Operation;
import io.prisma4j.query.tree.Selection;
import io.prisma4j.schema.PrismaSchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Validation and the SQL-independent tree, without a database. */
class QueryEngineTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
              url      = "postgresql://localhost/db"
            }

            model User {
              id    Int     @id @default(autoincrement())
              email String  @unique
              name  String?
              posts Post[]
            }

            model Post {
              id       Int    @id @default(autoincrement())
              title    String
              authorId Int
              author   User   @relation(fields: [authorId], references: [id])
            }
            """;
    private final QueryEngine engine = new QueryEngine(PrismaSchema.parse(SCHEMA).dataModel());

    @Test
    void aReadBecomesATreeOfFiltersAndSelections() {
        PreparedQuery query = engine.prepare("user", "findMany", Map.of(
                "where", Map.of("email", Map.of("contains", "a")), "include", Map.of("posts", true), "take", 5));
        Operation.FindMany read = (Operation.FindMany) query.operation();
        assertThat(read.model().name()).isEqualTo("User");
        assertThat(read.args().take()).isEqualTo(5);
        Filter.Scalar where = (Filter.Scalar) read.args().where();
        assertThat(where.field().name()).isEqualTo("email");
        assertThat(where.condition()).isEqualTo(new Condition.Compare(Condition.Op.CONTAINS, "a", false));
        assertThat(read.selection().items()).extracting(Selection.Item::key).containsExactly("id", "email", "name", "posts");
    }

    @Test
    void unknownArgumentsGetPrismasSuggestion() {
        assertThatThrownBy(() -> engine.prepare("user", "findMany", Map.of("where", Map.of("nme", "x"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e).hasMessage("Unknown argument `nme`. Did you mean `name`? Available options are marked with ?.");
                    assertThat(((ValidationError.UnknownInputField) e.error()).argumentPath()).containsExactly("where", "nme");
                });
    }

    @Test
    void wrongTypesNameWhatWasExpected() {
        assertThatThrownBy(() -> engine.prepare("user", "findMany", Map.of("where", Map.of("email", 5))))
                .hasMessage("Argument `email`: Invalid value provided. Expected StringFilter or String, provided Int.");
        assertThatThrownBy(() -> engine.prepare("user", "findMany", Map.of("take", "ten")))
                .hasMessage("Argument `take`: Invalid value provided. Expected Int, provided String.");
    }

    @Test
    void selectWithIncludeAndIncompleteUniqueFiltersAreRefused() {
        assertThatThrownBy(() -> engine.prepare("user", "findMany",
                Map.of("select", Map.of("id", true), "include", Map.of("posts", true))))
                .hasMessage("Please either use `include` or `select`, but not both at the same time.");
        assertThatThrownBy(() -> engine.prepare("user", "findUnique", Map.of("where", Map.of("name", "x"))))
                .hasMessage("Argument `where` of type UserWhereUniqueInput needs at least one of `id` or `email` arguments. "
                        + "Available options are marked with ?.");
    }

    @Test
    void countIsAnAggregateUnpackedToANumber() {
        PreparedQuery query = engine.prepare("post", "count", Map.of("where", Map.of("title", "x")));
        assertThat(query.operation()).isInstanceOf(Operation.Aggregate.class);
        assertThat(query.unpack(Map.of("_count", Map.of("_all", 3)))).isEqualTo(3);
    }

    @Test
    void unknownModelsAndActionsSayWhatExists() {
        assertThatThrownBy(() -> engine.prepare("comment", "findMany", Map.of()))
                .hasMessageContaining("no model named \"comment\"").hasMessageContaining("User, Post");
        assertThatThrownBy(() -> engine.prepare("user", "findAll", Map.of()))
                .hasMessageContaining("Unknown action \"findAll\"");
        assertThat(List.of("findMany", "createManyAndReturn", "groupBy"))
                .allSatisfy(a -> assertThat(ClientAction.fromName(a)).isPresent());
    }
}
