package io.prisma4j.schema;

import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.Relation;
import io.prisma4j.schema.model.RelationField;
import io.prisma4j.schema.model.ScalarField;
import io.prisma4j.testkit.Conformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every tutorial schema of the conformance corpus validates, and its relations resolve on both sides. */
class ConformanceSchemasTest {

    @TestFactory
    Stream<DynamicTest> everyTutorialSchemaValidatesAndResolvesBothSidesOfEveryRelation() {
        return Conformance.schemas().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            ParsedSchema parsed = PrismaSchema.parse(Conformance.read(path));
            assertThat(parsed.diagnostics().errors()).as(parsed.printErrors()).isEmpty();
            DataModel model = parsed.dataModel();

            long relationFields = model.allModels().stream().mapToLong(m -> m.relationFields().size()).sum();
            assertThat(model.relations()).as("one relation per pair of relation fields").hasSize((int) relationFields / 2);
            for (Model m : model.allModels()) {
                for (RelationField field : m.relationFields()) {
                    checkBothSides(field);
                }
            }
            for (Relation relation : model.relations()) {
                checkForeignKeySide(relation);
            }
        }));
    }

    private static void checkBothSides(RelationField field) {
        RelationField opposite = field.opposite().orElseThrow(() -> new AssertionError(field + " has no opposite"));
        assertThat(opposite.relation()).as(field + " and its opposite share the relation").isSameAs(field.relation());
        assertThat(opposite.opposite()).as("opposite of the opposite of " + field).containsSame(field);
        assertThat(opposite.model()).as("model of " + field + "'s opposite").isSameAs(field.relatedModel());
        assertThat(opposite.relatedModel()).as("related model of " + field + "'s opposite").isSameAs(field.model());
        assertThat(field.relation().fields()).as("sides of " + field.relation()).contains(field, opposite);
    }

    private static void checkForeignKeySide(Relation relation) {
        if (relation.isManyToMany()) {
            relation.fields().forEach(side -> assertThat(side.isList()).as(side + " is a list").isTrue());
            return;
        }
        RelationField side = relation.referencingField();
        assertThat(side.fields()).as(side + " holds the foreign key").isNotEmpty();
        assertThat(side.references()).as(side + " references as many fields as it holds").hasSameSizeAs(side.fields());
        assertThat(side.isList()).as(side + " is not a list").isFalse();
        for (int i = 0; i < side.fields().size(); i++) {
            ScalarField local = side.fields().get(i);
            ScalarField referenced = side.references().get(i);
            assertThat(local.model()).isSameAs(side.model());
            assertThat(referenced.model()).isSameAs(side.relatedModel());
            assertThat(local.typeName()).as(local + " has the type of " + referenced).isEqualTo(referenced.typeName());
        }
        relation.referencedField().ifPresent(back -> assertThat(back.fields()).as(back + " is the back side").isEmpty());
        assertThat(relation.kind()).isEqualTo(relation.fields().stream().anyMatch(RelationField::isList)
                ? Relation.Kind.ONE_TO_MANY : Relation.Kind.ONE_TO_ONE);
    }
}
