package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.ScenePlan;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The planner's understanding of real prompts: meanings, quantities, late colours, notes, relations, scenery. */
class PromptUnderstandingTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    private static ScenePlan plan(String prompt, long seed) {
        return PLANNER.plan(prompt, 1024, 1024, seed);
    }

    private static String entities(ScenePlan plan) {
        return plan.entities().stream()
                .map(e -> e.count() + " " + e.noun() + ">" + e.concept() + " " + e.color())
                .collect(Collectors.joining("; "));
    }

    private static String relations(ScenePlan plan) {
        return plan.relations().stream()
                .map(r -> r.subject() + " " + r.relation().label() + " " + r.object()
                        + (r.secondObject() == null ? "" : " " + r.secondObject()))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a sedan | 1 sedan>car null",
                "two spaniels | 2 spaniels>dog null",
                "a red convertible | 1 convertible>car red",
                "a poodle | 1 poodle>poodle null",
                "a jacket | 1 jacket>coat null",
                "a pair of cats | 2 cats>cat null",
                "a couple of cats | 2 cats>cat null",
                "a cake that is red and a chair which is purple | 1 cake>cake red; 1 chair>chair purple",
                "the apples are green | 3 apples>apple green",
                "black and white tiles and a dog | 1 dog>dog null",
                "the glass jar and the box hold a cat | 1 jar>jar null; 1 box>box null; 1 cat>cat null",
            })
    void understandsNounsQuantitiesAndLateColours(String prompt, String expected) {
        assertThat(entities(plan(prompt, 1))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void vagueQuantitiesAreSeededRecordedChoices(long seed) {
        ScenePlan plan = plan("a few apples and several cats", seed);
        assertThat(plan.entities().get(0).count()).isBetween(2, 4);
        assertThat(plan.entities().get(1).count()).isBetween(3, 5);
        assertThat(plan.choices())
                .containsExactly(
                        "few apples: " + plan.entities().get(0).count() + " (seeded choice in 2-4)",
                        "several cats: " + plan.entities().get(1).count() + " (seeded choice in 3-5)");
        assertThat(plan("a few apples and several cats", seed)).isEqualTo(plan);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a wooden chair | wooden chair: material not depicted | ''",
                "an oblong cucumber and a fluffy cloud | oblong cucumber: shape not depicted, fluffy cloud: texture not depicted | ''",
                "a cat inside a box | cat inside box: drawn beside it, not inside | ''",
                "a metallic desk lamp | metallic lamp: material not depicted, desk lamp: drawn as lamp | ''",
                "a fluffy zorb | fluffy (in \"fluffy zorb\"): texture not depicted | zorb",
            })
    void saysWhatIsUnderstoodButNotDepicted(String prompt, String notDepicted, String unrenderable) {
        ScenePlan plan = plan(prompt, 1);
        assertThat(String.join(", ", plan.notDepicted())).isEqualTo(notDepicted);
        assertThat(String.join(", ", plan.unrenderable())).isEqualTo(unrenderable);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a cat between a dog and a bird | e1 between e2 e3",
                "a cat in a box | e1 inside e2",
                "a cat on a table | e1 on-top-of e2",
                "a cat on the left and a dog on the right | e1 left-of e2",
                "On the right, a dog; a cat and a bird | e1 right-of e2; e1 right-of e3",
                "a dog to the left of a cat | e1 left-of e2",
            })
    void understandsRelations(String prompt, String expected) {
        assertThat(relations(plan(prompt, 1))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void betweenIsLaidOutAndCheckedAsTwoSides(long seed) {
        ScenePlan plan = plan("a cat between a dog and a bird", seed);
        Relation between = plan.relations().get(0);
        double cat = centre(plan, between.subject());
        double dog = centre(plan, between.object());
        double bird = centre(plan, between.secondObject());
        assertThat(cat).isStrictlyBetween(Math.min(dog, bird), Math.max(dog, bird));
        assertThat(plan.checks().stream().map(Check::id))
                .contains(
                        dog < bird ? "position:e1:right-of:e2" : "position:e1:left-of:e2",
                        dog < bird ? "position:e1:left-of:e3" : "position:e1:right-of:e3");
    }

    private static double centre(ScenePlan plan, String id) {
        Entity e = plan.entity(id).orElseThrow();
        return e.bounds().x() + e.bounds().width() / 2.0;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a car and no dogs | 1 car>car null | dog",
                "a cat without a hat | 1 cat>cat null | hat",
                "a table with no chairs and no cups | 1 table>table null | chair, cup",
            })
    void negationsBecomeExclusions(String prompt, String entities, String excluded) {
        ScenePlan plan = plan(prompt, 1);
        assertThat(entities(plan)).isEqualTo(entities);
        assertThat(String.join(", ", plan.excluded())).isEqualTo(excluded);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a poster with the words \"OPEN LATE\" | OPEN LATE | poster",
                "a banner reading \"Welcome\" | Welcome | banner",
                "a sign that says \"STOP\" | STOP | sign",
            })
    void quotedTextSitsOnItsCarrier(String prompt, String content, String carrier) {
        ScenePlan plan = plan(prompt, 1);
        assertThat(plan.texts()).singleElement().satisfies(t -> {
            assertThat(t.content()).isEqualTo(content);
            assertThat(t.carrier()).isEqualTo(carrier);
        });
        assertThat(plan.entities()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a cat at night | night | ",
                "a watercolour of a boat at sunset | sunset | watercolour",
                "pixel art of a dog on a beach | beach | pixel art",
                "a sketch of a fox in the snow | snow | sketch",
                "a house under a grey sky, flat illustration | grey sky | flat illustration",
                "a deer in a forest | forest | ",
                "a neon sign in a city | city | neon",
                "a boat by the sea, photo | sea | photo",
                "a cat indoors | indoors | ",
                "a cat | | ",
            })
    void recordsSettingAndStyle(String prompt, String setting, String style) {
        ScenePlan plan = plan(prompt, 1);
        assertThat(plan.setting()).isEqualTo(setting);
        assertThat(plan.style()).isEqualTo(style);
        assertThat(plan.unrenderable()).isEmpty();
    }
}
