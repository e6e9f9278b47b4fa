package dev.plantain.draft;

import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;

/** The draft stage's port: a scene plan becomes a first candidate image at the plan's canvas size. */
public interface DraftRenderer {

    /** A drafted image and the plan as drawn: each entity's boxes where its instances actually stand. */
    record Draft(BufferedImage image, ScenePlan drawn) {}

    /** Draws the plan; the same plan (seed included) always gives the same pixels. */
    Draft draft(ScenePlan plan);
}
