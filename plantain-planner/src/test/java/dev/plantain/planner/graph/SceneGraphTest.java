package dev.plantain.planner.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.messages.Json;
import dev.plantain.plan.Atom;
import dev.plantain.plan.AtomKind;
import dev.plantain.plan.CoverReason;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.SceneGraph;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.WordNote;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.llm.PlanSchema;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SceneGraphTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    private static SceneGraph graph(String prompt) {
        return PLANNER.plan(prompt, 1024, 1024, 1).graph();
    }

    private static Optional<Atom> atom(SceneGraph graph, AtomKind kind, String value) {
        return graph.atoms().stream()
                .filter(a -> a.kind() == kind && value.equals(a.value()))
                .findFirst();
    }

    /** The content words no atom or note covers. */
    static List<String> uncovered(SceneGraph graph) {
        var covered = graph.covered();
        return IntStream.range(0, graph.tokens().size())
                .filter(i -> FunctionWords.isContent(graph.tokens().get(i)) && !covered.contains(i))
                .mapToObj(graph.tokens()::get)
                .toList();
    }

    @Test
    void aRealisticPromptBecomesAtomsForEveryPart() {
        SceneGraph graph = graph("a dog sleeping on a sofa by a fireplace");
        Atom dog = atom(graph, AtomKind.ENTITY, "dog").orElseThrow();
        Atom sofa = atom(graph, AtomKind.ENTITY, "sofa").orElseThrow();
        Atom fireplace = atom(graph, AtomKind.ENTITY, "fireplace").orElseThrow();
        Atom sleeping = atom(graph, AtomKind.ATTRIBUTE, "sleeping").orElseThrow();
        assertThat(sleeping.type()).isEqualTo("state");
        assertThat(sleeping.parents()).containsExactly(dog.id());
        assertThat(sleeping.question()).isEqualTo("Is the dog sleeping?");
        Atom on = atom(graph, AtomKind.RELATION, "on-top-of").orElseThrow();
        assertThat(on.parents()).containsExactly(dog.id(), sofa.id());
        assertThat(on.question()).isEqualTo("Is the dog on top of the sofa?");
        Atom by = atom(graph, AtomKind.RELATION, "by").orElseThrow();
        assertThat(by.parents()).contains(fireplace.id());
        assertThat(uncovered(graph)).isEmpty();
    }

    @Test
    void atomIdsAreStableAndParentsComeFirst() {
        SceneGraph graph = graph("two red apples left of a dog");
        assertThat(graph.atoms()).extracting(Atom::id).containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(graph("two red apples left of a dog")).isEqualTo(graph);
    }

    @Test
    void anActionBetweenTwoThingsIsARelation() {
        SceneGraph graph = graph("a boy riding a bicycle along a beach at sunset");
        Atom riding = atom(graph, AtomKind.RELATION, "riding").orElseThrow();
        assertThat(riding.type()).isEqualTo("action");
        assertThat(riding.question()).isEqualTo("Is the boy riding the bicycle?");
        assertThat(atom(graph, AtomKind.GLOBAL, "beach")).isPresent();
        assertThat(atom(graph, AtomKind.GLOBAL, "sunset").orElseThrow().type()).isEqualTo("time");
        assertThat(uncovered(graph)).isEmpty();
    }

    @Test
    void aPronounBindsToTheThingItNames() {
        ScenePlan plan = PLANNER.plan("a sailboat at sunset with two seagulls above it", 1024, 1024, 1);
        Atom above = atom(plan.graph(), AtomKind.RELATION, "above").orElseThrow();
        Atom sailboat = atom(plan.graph(), AtomKind.ENTITY, "sailboat").orElseThrow();
        assertThat(above.parents()).endsWith(sailboat.id());
        assertThat(above.object()).isEqualTo(sailboat.subject());
        assertThat(plan.relations())
                .anyMatch(r -> r.relation() == RelationKind.ABOVE && r.object().equals(sailboat.subject()));
    }

    @ParameterizedTest
    @CsvSource({
        "a dozen eggs, 12",
        "two dozen eggs, 24",
        "twenty-five eggs, 25",
        "twenty five eggs, 25",
        "three hundred eggs, 300",
        "a hundred and five eggs, 105",
        "fifteen eggs, 15",
        "12 eggs, 12"
    })
    void countsInEveryFormReadAsDigits(String prompt, int count) {
        if (count > 20) {
            assertThatThrownBy(() -> graph(prompt))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("count " + count + " for 'eggs' is over the limit of 20");
        } else {
            assertThat(atom(graph(prompt), AtomKind.COUNT, Integer.toString(count)))
                    .isPresent();
            assertThat(PLANNER.plan(prompt, 1024, 1024, 1).entities().get(0).count())
                    .isEqualTo(count);
        }
    }

    @Test
    void aNegationIsAnAtom() {
        SceneGraph graph = graph("a cat without a hat");
        Atom hat = atom(graph, AtomKind.NEGATION, "hat").orElseThrow();
        assertThat(hat.question()).isEqualTo("Is the picture free of any hat?");
        assertThat(uncovered(graph)).isEmpty();
    }

    @Test
    void aStandInIsMarkedWithWhatItsArtShows() {
        SceneGraph graph = graph("a parking meter next to a sedan");
        assertThat(atom(graph, AtomKind.ENTITY, "parking meter").orElseThrow().standIn())
                .isEqualTo("a fuel pump");
        assertThat(atom(graph, AtomKind.ENTITY, "sedan").orElseThrow().standIn())
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "the hat and the ball were the objects of attention",
                "A photo of a cake for his birthday",
                "a very happy dog",
            })
    void wordsWithoutAnAtomHaveAReason(String prompt) {
        SceneGraph graph = graph(prompt);
        assertThat(graph.notes()).isNotEmpty();
        assertThat(graph.notes()).extracting(WordNote::reason).doesNotContainNull();
        assertThat(uncovered(graph)).isEmpty();
    }

    @Test
    void aPhotoIsAStyleAsAWatercolourIs() {
        SceneGraph photo = graph("a photo of a red apple");
        assertThat(photo.notes()).extracting(WordNote::reason).doesNotContain(CoverReason.PICTURE_WORD);
        assertThat(atom(photo, AtomKind.GLOBAL, "photo"))
                .get()
                .satisfies(a -> assertThat(a.type()).isEqualTo("style"))
                .satisfies(a -> assertThat(a.question()).isEqualTo("Is the picture a photograph?"));
        assertThat(atom(graph("a watercolour of a red apple"), AtomKind.GLOBAL, "watercolour"))
                .isPresent();
    }

    @Test
    void thePlanCarriesTheGraphAndOlderPlansStillRead() {
        ScenePlan plan = PLANNER.plan("a red apple on a plate", 1024, 1024, 1);
        assertThat(plan.schemaVersion()).isEqualTo(ScenePlan.SCHEMA_VERSION);
        assertThat(PlanSchema.validate(plan)).isEmpty();
        ScenePlan read = Json.read(Json.write(plan), ScenePlan.class);
        assertThat(read).isEqualTo(plan);
        String old = Json.write(plan.toBuilder().graph(null).build()).replace(",\"schemaVersion\":2", "");
        ScenePlan older = Json.read(old, ScenePlan.class);
        assertThat(older.graph()).isNull();
        assertThat(older.schemaVersion()).isEqualTo(1);
    }
}
