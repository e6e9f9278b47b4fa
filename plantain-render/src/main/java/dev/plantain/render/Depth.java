package dev.plantain.render;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.util.List;

/**
 * Perspective on a ground plane: an instance standing on the ground is drawn smaller the nearer its foot is to the
 * horizon (farther away), down to {@value #FARTHEST} of its planned size at the horizon itself, keeping its foot
 * where the layout put it. Instances in the sky, and scenes without a ground, keep their sizes.
 */
public final class Depth {

    /** The scale of an instance whose foot is on the horizon. */
    static final double FARTHEST = 0.7;

    private Depth() {}

    /** The plan's instances scaled for depth when its setting has a ground; the plan itself otherwise. */
    public static ScenePlan apply(ScenePlan plan) {
        return Scenery.of(plan)
                .filter(scenery -> scenery.horizon() < plan.height())
                .map(scenery -> plan.withEntities(plan.entities().stream()
                        .map(e -> recede(e, scenery.horizon(), plan.height()))
                        .toList()))
                .orElse(plan);
    }

    private static Entity recede(Entity entity, int horizon, int height) {
        List<Box> boxes = entity.instances().stream()
                .map(box -> recede(box, horizon, height))
                .toList();
        return entity.withInstances(boxes);
    }

    /** The box scaled about its foot (bottom centre) by how near the foot is to the horizon. */
    static Box recede(Box box, int horizon, int height) {
        int foot = box.y() + box.height();
        if (foot <= horizon) {
            return box;
        }
        double nearness = Math.min(1, (foot - horizon) / (double) Math.max(1, height - horizon));
        double scale = FARTHEST + (1 - FARTHEST) * nearness;
        int width = Math.max(1, (int) Math.round(box.width() * scale));
        int tall = Math.max(1, (int) Math.round(box.height() * scale));
        int x = (int) Math.round(box.centerX() - width / 2.0);
        return new Box(x, foot - tall, width, tall);
    }
}
