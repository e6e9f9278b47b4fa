package dev.plantain.verifier;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;
import java.util.List;

/** The verifier stage's port: judges an image against the plan's checks from its pixels alone. */
public interface ImageVerifier {

    /**
     * One result per check of the plan, one per atom of its scene graph (none for a plan without one), and the image
     * with the evidence drawn on it.
     */
    record Verification(List<CheckResult> checks, List<AtomResult> atoms, BufferedImage overlay) {

        public Verification {
            atoms = atoms == null ? List.of() : List.copyOf(atoms);
        }

        /** A verification of checks alone (a plan without a scene graph). */
        public Verification(List<CheckResult> checks, BufferedImage overlay) {
            this(checks, List.of(), overlay);
        }
    }

    Verification verify(BufferedImage image, ScenePlan plan);
}
