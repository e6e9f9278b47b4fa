package dev.plantain.verifier;

import dev.plantain.image.Lab;
import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import dev.plantain.render.RingSample;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * Whether each instance of an entity stands out from its surroundings: the CIE76 distance between the mean colour of
 * its own pixels and the mean colour of a ring around its box ({@value #RING} of the box's size wide) must reach
 * {@value #MIN_DELTA_E}, a difference anyone sees at a glance. The weakest instance decides.
 */
final class ContrastJudge {

    static final double MIN_DELTA_E = 15;
    static final double RING = 0.15;
    private static final int SAMPLES_A_SIDE = 64;

    private ContrastJudge() {}

    static CheckResult judge(Check check, Scene scene) {
        Optional<Entity> entity = scene.entity(check.subject());
        if (entity.isEmpty()) {
            return Verdicts.unknownEntity(check, check.subject());
        }
        List<Component> found = scene.found(entity.get().id());
        if (found.isEmpty()) {
            return Verdicts.notVerified(
                    check,
                    "no " + entity.get().concept() + " found to measure its contrast",
                    scene.region(entity.get()));
        }
        double weakest = Double.MAX_VALUE;
        Box weakestBox = null;
        for (Component c : found) {
            double contrast = c.meanColour().distance(surroundings(scene.image(), c.box()));
            if (contrast < weakest) {
                weakest = contrast;
                weakestBox = c.box();
            }
        }
        boolean passed = weakest >= MIN_DELTA_E;
        String measured = String.format(
                java.util.Locale.ROOT,
                "weakest %s differs from its surroundings by %.1f (CIE76), at least %.0f expected",
                entity.get().concept(),
                weakest,
                MIN_DELTA_E);
        return Verdicts.of(
                check, passed, weakest / MIN_DELTA_E, measured, passed ? scene.region(entity.get()) : weakestBox);
    }

    /** The mean colour of a sample of the ring of pixels just outside the box, inside the canvas. */
    static Lab surroundings(BufferedImage image, Box box) {
        int margin = (int) Math.max(2, Math.round(RING * Math.max(box.width(), box.height())));
        return RingSample.mean(image, box, margin, SAMPLES_A_SIDE);
    }
}
