package dev.plantain.remote;

import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;

/** A plan laid out again on a canvas of another size of the same shape: every box scaled with the canvas. */
final class PlanScale {

    private PlanScale() {}

    static ScenePlan to(ScenePlan plan, int width, int height) {
        if (plan.width() == width && plan.height() == height) {
            return plan;
        }
        double sx = (double) width / plan.width();
        double sy = (double) height / plan.height();
        ScenePlan resized = plan.toBuilder().canvas(width, height).build();
        return resized.withEntities(plan.entities().stream()
                        .map(e -> e.instances().isEmpty()
                                ? e
                                : e.withInstances(e.instances().stream()
                                        .map(b -> scale(b, sx, sy))
                                        .toList()))
                        .toList())
                .withTexts(plan.texts().stream()
                        .map(t -> t.box() == null ? t : t.withBox(scale(t.box(), sx, sy)))
                        .toList());
    }

    private static Box scale(Box b, double sx, double sy) {
        int x0 = (int) Math.round(b.x() * sx);
        int y0 = (int) Math.round(b.y() * sy);
        return new Box(x0, y0, (int) Math.round(b.right() * sx) - x0, (int) Math.round(b.bottom() * sy) - y0);
    }
}
