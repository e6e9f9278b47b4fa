package dev.plantain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenePlanScalingTest {

    private static ScenePlan plan() {
        Entity apples = new Entity(
                "e1",
                "apples",
                "apple",
                "red-apple",
                2,
                "red",
                EntitySize.MEDIUM,
                List.of(new Box(100, 200, 301, 99), new Box(0, 0, 1, 1)));
        Entity planet = new Entity("e2", "planet", "planet", "ringed-planet", 1, null, EntitySize.MEDIUM, List.of());
        return ScenePlan.builder("two apples and a planet", 1000, 800)
                .seed(7)
                .entities(List.of(apples, planet))
                .texts(List.of(
                        new TextSpec("t1", "OPEN", "sign", new Box(500, 400, 250, 200)),
                        new TextSpec("t2", "free", null, null)))
                .build();
    }

    @Test
    void boxesScaleWithTheCanvasGrownOutwardsToWholePixels() {
        ScenePlan scaled = plan().scaledTo(512, 512);

        assertThat(scaled.width()).isEqualTo(512);
        assertThat(scaled.height()).isEqualTo(512);
        // x 100 * 512 / 1000 = 51.2 -> 51; right 401 * 0.512 = 205.3 -> 206; y 200 * 0.64 = 128; bottom 299 * 0.64
        // = 191.36 -> 192
        assertThat(scaled.entity("e1").orElseThrow().instances())
                .containsExactly(new Box(51, 128, 155, 64), new Box(0, 0, 1, 1));
        // 500 * 0.512 = 256, right 750 * 0.512 = 384; 400 * 0.64 = 256, bottom 600 * 0.64 = 384
        assertThat(scaled.text("t1").orElseThrow().box()).isEqualTo(new Box(256, 256, 128, 128));
    }

    @Test
    void whatHasNoBoxIsKeptAsItWas() {
        ScenePlan scaled = plan().scaledTo(64, 64);

        assertThat(scaled.entity("e2").orElseThrow().count()).isEqualTo(1);
        assertThat(scaled.entity("e2").orElseThrow().instances()).isEmpty();
        assertThat(scaled.text("t2").orElseThrow().box()).isNull();
        assertThat(scaled.entity("e1").orElseThrow().count()).isEqualTo(2);
        assertThat(scaled.seed()).isEqualTo(7);
        assertThat(scaled.prompt()).isEqualTo("two apples and a planet");
    }

    @Test
    void theSameSizeGivesTheSamePlan() {
        ScenePlan plan = plan();

        assertThat(plan.scaledTo(1000, 800)).isSameAs(plan);
    }

    @Test
    void halvingAndDoublingComeBackToTheEvenBoxes() {
        Box box = new Box(10, 20, 30, 40);

        assertThat(box.scaled(100, 100, 50, 50)).isEqualTo(new Box(5, 10, 15, 20));
        assertThat(box.scaled(100, 100, 50, 50).scaled(50, 50, 100, 100)).isEqualTo(box);
        // an odd edge is grown outwards: right 41 / 2 = 20.5 -> 21, x 11 / 2 = 5.5 -> 5
        assertThat(new Box(11, 0, 30, 2).scaled(100, 100, 50, 50)).isEqualTo(new Box(5, 0, 16, 1));
    }
}
