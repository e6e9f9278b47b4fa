package dev.plantain.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepthTest {

    private static final Box NEAR = new Box(100, 560, 200, 200);
    private static final Box FAR = new Box(500, 300, 200, 200);
    private static final Box IN_THE_SKY = new Box(700, 20, 100, 100);

    private static ScenePlan plan(String setting) {
        Entity dogs =
                new Entity("e1", "dogs", "dog", "dog", 3, null, EntitySize.MEDIUM, List.of(NEAR, FAR, IN_THE_SKY));
        return ScenePlan.builder("three dogs", 1024, 768)
                .seed(7)
                .background("white")
                .entities(List.of(dogs))
                .setting(setting)
                .build();
    }

    @Test
    void onAGroundFartherInstancesAreDrawnSmallerWithTheirFeetWherePlanned() {
        ScenePlan plan = plan("beach");
        int horizon = Scenery.of(plan).orElseThrow().horizon();
        assertThat(FAR.y() + FAR.height()).isGreaterThan(horizon);

        List<Box> drawn = Depth.apply(plan).entities().get(0).instances();

        Box near = drawn.get(0);
        Box far = drawn.get(1);
        assertThat(far.width()).isLessThan(near.width());
        assertThat(far.width()).isLessThan(FAR.width());
        assertThat(far.width()).isGreaterThanOrEqualTo((int) Math.floor(FAR.width() * Depth.FARTHEST));
        assertThat(far.y() + far.height()).isEqualTo(FAR.y() + FAR.height());
        assertThat(far.centerX()).isCloseTo(FAR.centerX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(drawn.get(2)).as("a box above the horizon stands in the sky").isEqualTo(IN_THE_SKY);
    }

    @Test
    void withoutAGroundNothingChanges() {
        ScenePlan plan = plan(null);
        assertThat(Depth.apply(plan)).isEqualTo(plan);
    }
}
