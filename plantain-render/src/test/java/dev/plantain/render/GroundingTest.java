package dev.plantain.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingTest {

    private static Entity entity(String id, String concept, Box box) {
        return new Entity(id, concept, concept, concept, 1, null, EntitySize.MEDIUM, List.of(box));
    }

    private static ScenePlan plan(String setting, Entity... entities) {
        return ScenePlan.builder("a test scene", 1024, 1024)
                .seed(3)
                .background("white")
                .entities(List.of(entities))
                .setting(setting)
                .build();
    }

    @Test
    void onAGroundAThingLeftInTheSkyIsBroughtDownAndABirdStaysAloft() {
        Box high = new Box(100, 40, 200, 200);
        ScenePlan planned = plan("beach", entity("e1", "dog", high), entity("e2", "bird", new Box(600, 40, 200, 200)));
        int footing = Scenery.of(planned).orElseThrow().footing();

        ScenePlan grounded = Grounding.apply(planned);

        assertThat(grounded.entity("e1").orElseThrow().instances().get(0).bottom())
                .isGreaterThan(footing);
        assertThat(grounded.entity("e2").orElseThrow().instances().get(0).y()).isEqualTo(40);
    }

    @Test
    void withoutAGroundTheLayoutStays() {
        Box high = new Box(100, 40, 200, 200);
        ScenePlan planned = plan(null, entity("e1", "dog", high));

        assertThat(Grounding.apply(planned).entity("e1").orElseThrow().instances())
                .containsExactly(high);
    }
}
