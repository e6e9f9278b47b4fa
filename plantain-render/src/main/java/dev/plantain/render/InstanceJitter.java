package dev.plantain.render;

import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The draft's seeded sampling: each planned box moved by up to {@value #SHIFT} of its side and scaled by
 * {@value #MIN_SCALE} to {@value #MAX_SCALE}, then clamped to the canvas, the way a one-shot generator only roughly
 * follows a layout. The random stream depends only on the plan's seed and the entity id.
 */
public final class InstanceJitter {

    public static final double SHIFT = 0.6;
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 1.3;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private InstanceJitter() {}

    /** The boxes where the entity's instances are drawn, one per planned box. */
    public static List<Box> jitter(ScenePlan plan, Entity entity) {
        SplittableRandom random =
                new SplittableRandom(plan.seed() ^ (GOLDEN * (entity.id().hashCode() + 1L)));
        List<Box> drawn = new ArrayList<>(entity.instances().size());
        for (Box box : entity.instances()) {
            double scale = MIN_SCALE + (MAX_SCALE - MIN_SCALE) * random.nextDouble();
            double dx = (2 * random.nextDouble() - 1) * SHIFT * box.width();
            double dy = (2 * random.nextDouble() - 1) * SHIFT * box.height();
            int width = clamp((int) Math.round(box.width() * scale), 1, plan.width());
            int height = clamp((int) Math.round(box.height() * scale), 1, plan.height());
            int x = clamp((int) Math.round(box.centerX() + dx - width / 2.0), 0, plan.width() - width);
            int y = clamp((int) Math.round(box.centerY() + dy - height / 2.0), 0, plan.height() - height);
            drawn.add(new Box(x, y, width, height));
        }
        return drawn;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
