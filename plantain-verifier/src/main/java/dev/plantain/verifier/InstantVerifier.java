package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Check;
import dev.plantain.plan.ScenePlan;
import dev.plantain.render.InstantMark;
import java.awt.image.BufferedImage;

/**
 * Benchmark only ({@code plantain.verifier.engine=instant}): fails every check of a candidate until the instant
 * refiner has marked its top-left pixel, then passes them, reading nothing else; the overlay is the candidate.
 */
public final class InstantVerifier implements ImageVerifier {

    @Override
    public Verification verify(BufferedImage image, ScenePlan plan) {
        boolean refined = (image.getRGB(0, 0) & 0xFFFFFF) == InstantMark.MARK;
        CheckStatus status = refined ? CheckStatus.PASSED : CheckStatus.FAILED;
        return new Verification(
                plan.checks().stream()
                        .map((Check c) -> new CheckResult(
                                c.id(), c.kind(), c.subject(), status, refined ? 1 : 0, status.name(), null))
                        .toList(),
                image);
    }
}
