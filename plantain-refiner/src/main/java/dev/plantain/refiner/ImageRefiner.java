package dev.plantain.refiner;

import dev.plantain.messages.StepProgress;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;
import java.util.List;

/** The refiner stage's port: repairs what a verification found wrong, leaving the rest of the image as it was. */
public interface ImageRefiner {

    /**
     * A repaired image, the plan as now drawn, and one line per change saying what changed and why.
     */
    record Refinement(BufferedImage image, ScenePlan drawn, List<String> changes) {}

    /**
     * @param image the candidate that failed
     * @param drawn the plan as drawn in that candidate
     * @param report the verification that failed
     * @param round the round the repair will be (1 for the first refinement), for seeded choices
     */
    Refinement refine(BufferedImage image, ScenePlan drawn, VerificationReport report, int round);

    /**
     * Refines, telling {@code progress} after each step where the engine works in steps (a diffusion model); engines
     * without steps refine as {@link #refine(BufferedImage, ScenePlan, VerificationReport, int)} does.
     */
    default Refinement refine(
            BufferedImage image, ScenePlan drawn, VerificationReport report, int round, StepProgress progress) {
        return refine(image, drawn, report, round);
    }

    /**
     * Whether the same inputs always give the same pixels; false for engines that call a remote model, which may
     * answer the same request differently.
     */
    default boolean deterministic() {
        return true;
    }
}
