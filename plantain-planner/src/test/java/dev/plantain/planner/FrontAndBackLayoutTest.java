package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "In front of" and "behind" give overlapping boxes, the front one lower and drawn later. */
class FrontAndBackLayoutTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    static Stream<Arguments> pairs() {
        return Stream.of(
                        Arguments.of("a cat in front of a dog", "cat", "dog"),
                        Arguments.of("a dog behind a car", "car", "dog"),
                        Arguments.of("a bird hidden by a tree", "tree", "bird"),
                        Arguments.of("a big red car in front of a small house", "car", "house"),
                        Arguments.of("three apples in front of a bowl", "apples", "bowl"))
                .flatMap(a -> Stream.of(new int[] {1024, 1024}, new int[] {1024, 576}, new int[] {576, 1024})
                        .flatMap(c -> Stream.of(1L, 42L)
                                .map(seed -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], c[0], c[1], seed))));
    }

    @ParameterizedTest(name = "{0} on {3}x{4} seed {5}")
    @MethodSource("pairs")
    void theFrontEntityOverlapsTheOneBehindPartlyLowerAndLater(
            String prompt, String frontNoun, String backNoun, int width, int height, long seed) {
        ScenePlan plan = PLANNER.plan(prompt, width, height, seed);
        Entity front = entity(plan, frontNoun);
        Entity back = entity(plan, backNoun);
        Box f = front.bounds();
        Box b = back.bounds();

        assertThat(front.layer()).isGreaterThan(back.layer());
        assertThat(f.intersects(b)).as("%s over %s", f, b).isTrue();
        long overlap = f.intersection(b);
        assertThat(overlap).isLessThan(Math.min(f.area(), b.area()) / 2);
        assertThat(f.bottom()).as("the front one stands lower").isGreaterThan(b.bottom());
        int margin = (int) Math.floor(0.04 * Math.min(width, height));
        for (Box box : front.instances()) {
            assertThat(box.x()).isGreaterThanOrEqualTo(margin);
            assertThat(box.y()).isGreaterThanOrEqualTo(margin);
            assertThat(box.right()).isLessThanOrEqualTo(width - margin);
            assertThat(box.bottom()).isLessThanOrEqualTo(height - margin);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a cat next to a dog", "a cat left of a dog", "a cat and a dog"})
    void withoutFrontAndBackEveryEntityIsDrawnInTheFirstOrder(String prompt) {
        ScenePlan plan = PLANNER.plan(prompt, 1024, 1024, 3);
        assertThat(plan.entities()).allSatisfy(e -> assertThat(e.drawOrder()).isNull());
        assertThat(plan.entities()
                        .get(0)
                        .bounds()
                        .intersects(plan.entities().get(1).bounds()))
                .isFalse();
    }

    private static Entity entity(ScenePlan plan, String noun) {
        return plan.entities().stream()
                .filter(e -> e.noun().equals(noun))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + noun + " in " + plan.entities()));
    }
}
