package dev.plantain.draft;

import dev.plantain.messages.StepProgress;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;

/** The draft stage's port: a scene plan becomes a first candidate image at the plan's canvas size. */
public interface DraftRenderer {

    /** A drafted image and the plan as drawn: each entity's boxes where its instances actually stand. */
    record Draft(BufferedImage image, ScenePlan drawn) {}

    /** Draws the plan; a {@link #deterministic()} engine gives the same pixels for the same plan, seed included. */
    Draft draft(ScenePlan plan);

    /**
     * Draws the plan, telling {@code progress} after each step where the engine works in steps (a diffusion model);
     * engines without steps draw as {@link #draft(ScenePlan)} does and never tell it.
     */
    default Draft draft(ScenePlan plan, StepProgress progress) {
        return draft(plan);
    }

    /**
     * Whether the same plan (seed included) always gives the same pixels; false for engines that call a remote model,
     * which may answer the same request differently.
     */
    default boolean deterministic() {
        return true;
    }
}
