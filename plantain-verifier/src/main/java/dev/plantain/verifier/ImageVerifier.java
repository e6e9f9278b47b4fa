package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;
import java.util.List;

/** The verifier stage's port: judges an image against the plan's checks from its pixels alone. */
public interface ImageVerifier {

    /** One result per check of the plan, and the image with the evidence drawn on it. */
    record Verification(List<CheckResult> checks, BufferedImage overlay) {}

    Verification verify(BufferedImage image, ScenePlan plan);
}
