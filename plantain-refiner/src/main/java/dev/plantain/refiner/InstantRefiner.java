package dev.plantain.refiner;

import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.ScenePlan;
import dev.plantain.render.InstantMark;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Benchmark only ({@code plantain.refiner.engine=instant}): a copy of the candidate with its top-left pixel set to
 * the mark that {@code InstantVerifier} passes, so a benchmark job makes exactly one refine round through all five
 * services.
 */
public final class InstantRefiner implements ImageRefiner {

    @Override
    public Refinement refine(BufferedImage image, ScenePlan drawn, VerificationReport report, int round) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.setData(image.getRaster());
        copy.setRGB(0, 0, InstantMark.MARK);
        return new Refinement(copy, drawn, List.of("marked as refined (instant benchmark engine)"));
    }
}
