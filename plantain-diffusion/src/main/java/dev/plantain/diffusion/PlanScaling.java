package dev.plantain.diffusion;

import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;

/** A plan moved onto a canvas of another size: its size and every instance and text box scaled to match. */
final class PlanScaling {

    private PlanScaling() {}

    static ScenePlan to(ScenePlan plan, int width, int height) {
        if (plan.width() == width && plan.height() == height) {
            return plan;
        }
        ScenePlan scaled = plan.toBuilder().canvas(width, height).build();
        return scaled.withEntities(plan.entities().stream()
                        .map(e -> e.withInstances(e.instances().stream()
                                .map(b -> scale(b, plan.width(), plan.height(), width, height))
                                .toList()))
                        .toList())
                .withTexts(plan.texts().stream()
                        .map(t -> t.box() == null
                                ? t
                                : t.withBox(scale(t.box(), plan.width(), plan.height(), width, height)))
                        .toList());
    }

    /** The box on a {@code toWidth x toHeight} canvas, grown outwards to whole pixels (integer arithmetic). */
    static Box scale(Box box, int fromWidth, int fromHeight, int toWidth, int toHeight) {
        int x = Math.floorDiv(box.x() * toWidth, fromWidth);
        int y = Math.floorDiv(box.y() * toHeight, fromHeight);
        int right = -Math.floorDiv(-box.right() * toWidth, fromWidth);
        int bottom = -Math.floorDiv(-box.bottom() * toHeight, fromHeight);
        return new Box(x, y, right - x, bottom - y);
    }
}
