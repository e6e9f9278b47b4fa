package dev.plantain.planner;

import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import java.util.List;

/**
 * Benchmark only ({@code plantain.planner.engine=instant}): answers at once with a one-entity plan and one image
 * check, whatever the prompt, so that {@code ./plantain bench} measures what the pipeline costs without the engines.
 */
public final class InstantPlanner implements ScenePlanner {

    /** The engine's configuration name in every stage. */
    public static final String NAME = "instant";

    @Override
    public ScenePlan plan(String prompt, int width, int height, long seed) {
        Box box = new Box(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        Entity entity = new Entity("e1", "thing", "thing", NAME, 1, null, EntitySize.MEDIUM, List.of(box));
        Check check = new Check("image", CheckKind.IMAGE, null, null, "the refined mark");
        return ScenePlan.builder(prompt, width, height)
                .seed(seed)
                .background("white")
                .entities(List.of(entity))
                .checks(List.of(check))
                .build();
    }
}
