package dev.plantain.draft;

import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;

/**
 * Benchmark only ({@code plantain.draft.engine=instant}): a blank canvas of the plan's size, drawn at once, so that
 * {@code ./plantain bench} measures what the pipeline costs without the engines.
 */
public final class InstantRenderer implements DraftRenderer {

    @Override
    public Draft draft(ScenePlan plan) {
        return new Draft(new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB), plan);
    }
}
