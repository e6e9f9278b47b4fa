package dev.plantain.planner.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.planner.RuleBasedPlanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text written on a drawn thing ("a cake with the word LOVE") is laid out on that thing: its box lies inside the
 * carrier's instance box, large enough to read, and no separate plate is planned for it.
 */
class OnEntityTextLayoutTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    @ParameterizedTest(name = "{0} at {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a cake with the word LOVE | LOVE | cake | 1024",
                "a cake with the word LOVE | LOVE | cake | 2048",
                "a red mug with the word COFFEE | COFFEE | mug | 1024",
                "a jar with a label reading \"JAM\" | JAM | jar | 1024",
                "a t-shirt that says HELLO | HELLO | t shirt | 1024",
                "a dog next to a cake that says \"HAPPY BIRTHDAY\" | HAPPY BIRTHDAY | cake | 1024",
            })
    void theTextBoxLiesInsideItsCarrier(String prompt, String content, String concept, int side) {
        ScenePlan plan = PLANNER.plan(prompt, side, side, 5);
        TextSpec text = plan.texts().stream()
                .filter(t -> t.content().equals(content))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no text " + content + " in " + plan.texts()));
        Entity carrier = plan.entities().stream()
                .filter(e -> e.concept().equals(concept))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + concept + " in " + plan.entities()));
        Box instance = carrier.instances().get(0);
        Box box = text.box();
        assertThat(box.x()).isGreaterThanOrEqualTo(instance.x());
        assertThat(box.y()).isGreaterThanOrEqualTo(instance.y());
        assertThat(box.right()).isLessThanOrEqualTo(instance.right());
        assertThat(box.bottom()).isLessThanOrEqualTo(instance.bottom());
        assertThat(box.height()).as("text height").isGreaterThanOrEqualTo((int) (LayoutSolver.MIN_ON_HEIGHT * side));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a dog with the words \"GOOD BOY\"",
                "a cat holding a poster that reads \"MEOW\"",
                "a red apple next to a sign that says \"FRESH FRUIT\"",
            })
    void textOnASignOrBesideAnAnimalKeepsItsOwnPlate(String prompt) {
        ScenePlan plan = PLANNER.plan(prompt, 1024, 1024, 5);
        TextSpec text = plan.texts().get(0);
        assertThat(plan.entities()).allSatisfy(e -> assertThat(e.instances()).noneMatch(b -> b.intersects(text.box())));
    }
}
