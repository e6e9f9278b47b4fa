package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayoutInvariantsTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    private static final List<String> PROMPTS = List.of(
            "a photo of a cat",
            "a photo of twenty apples",
            "ten cats and ten dogs",
            "a red cake and a purple chair",
            "a photo of a dog right of a teddy bear",
            "a photo of a wine glass above a kite",
            "a couch below a cup",
            "three apples left of two bananas",
            "a cat on top of a car",
            "a cat under a table",
            "a cat next to a dog",
            "a tiny cat beside a huge dog",
            "a cat left of a dog above a bird",
            "a bird above a cat and a dog above the cat",
            "a cat left of a dog and a cow left of a horse",
            "a cat left of a dog and a dog left of a cat",
            "five apples, four pears, three bananas, two lemons and a cherry",
            "a cat, a dog, a bird, a horse, a cow, a pig, a sheep, a duck, a fish, a frog",
            "a sign that says \"HELLO\"",
            "a dog next to a banner with the words \"GOOD BOY\" and a poster that says \"WOOF\"",
            "seven huge elephants above six tiny mice");

    private static final List<int[]> CANVASES =
            List.of(new int[] {1024, 1024}, new int[] {1024, 576}, new int[] {576, 1024}, new int[] {2048, 1536});

    static Stream<Arguments> plans() {
        return PROMPTS.stream()
                .flatMap(p -> CANVASES.stream()
                        .flatMap(c -> Stream.of(1L, 42L).map(seed -> Arguments.of(p, c[0], c[1], seed))));
    }

    @ParameterizedTest(name = "{0} on {1}x{2} seed {3}")
    @MethodSource("plans")
    void boxesStayInsideTheMarginsAndApart(String prompt, int width, int height, long seed) {
        ScenePlan plan = PLANNER.plan(prompt, width, height, seed);
        List<Box> boxes = allBoxes(plan);
        int margin = (int) Math.floor(0.04 * Math.min(width, height));
        for (Box box : boxes) {
            assertThat(box.insideCanvas(width, height))
                    .as("%s inside canvas", box)
                    .isTrue();
            assertThat(box.x()).isGreaterThanOrEqualTo(margin);
            assertThat(box.y()).isGreaterThanOrEqualTo(margin);
            assertThat(box.right()).isLessThanOrEqualTo(width - margin);
            assertThat(box.bottom()).isLessThanOrEqualTo(height - margin);
            assertThat(box.width()).isPositive();
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("%s and %s", boxes.get(i), boxes.get(j))
                        .isFalse();
            }
        }
        for (Entity e : plan.entities()) {
            assertThat(e.instances()).hasSize(e.count());
        }
    }

    @ParameterizedTest(name = "{0} on {1}x{2} seed {3}")
    @MethodSource("plans")
    void relationsHoldBetweenGroupCentres(String prompt, int width, int height, long seed) {
        ScenePlan plan = PLANNER.plan(prompt, width, height, seed);
        boolean contradictory = prompt.contains("dog left of a cat");
        for (Relation r : plan.relations()) {
            if (contradictory && r.equals(plan.relations().get(plan.relations().size() - 1))) {
                continue;
            }
            Box s = plan.entity(r.subject()).orElseThrow().bounds();
            Box o = plan.entity(r.object()).orElseThrow().bounds();
            double dx = o.centerX() - s.centerX();
            double dy = o.centerY() - s.centerY();
            double mx = 0.05 * width;
            double my = 0.05 * height;
            switch (r.relation()) {
                case LEFT_OF -> assertThat(dx).as(r.toString()).isGreaterThan(mx);
                case RIGHT_OF -> assertThat(-dx).as(r.toString()).isGreaterThan(mx);
                case ABOVE, ON_TOP_OF -> assertThat(dy).as(r.toString()).isGreaterThan(my);
                case BELOW, UNDER -> assertThat(-dy).as(r.toString()).isGreaterThan(my);
                default -> {
                    assertThat(Math.abs(dx)).as(r.toString()).isGreaterThan(mx);
                    assertThat(Math.abs(dy)).as(r.toString()).isLessThan(my);
                }
            }
            if (r.relation() == RelationKind.ON_TOP_OF) {
                assertThat(o.y() - s.bottom()).as("%s rests on its object", r).isBetween(0, (int) (0.1 * height));
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}x{2} seed {3}")
    @MethodSource("plans")
    void isDeterministic(String prompt, int width, int height, long seed) {
        assertThat(PLANNER.plan(prompt, width, height, seed)).isEqualTo(PLANNER.plan(prompt, width, height, seed));
    }

    private static List<Box> allBoxes(ScenePlan plan) {
        List<Box> boxes = new ArrayList<>();
        plan.entities().forEach(e -> boxes.addAll(e.instances()));
        plan.texts().stream().map(TextSpec::box).forEach(boxes::add);
        return boxes;
    }
}
