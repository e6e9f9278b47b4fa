package dev.plantain.remote.vlm;

import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a plan the pixel checks judge on a model's image: the picture check (blank, flat, noise, garbage) and
 * the quoted texts, read anywhere in the image since a model does not follow the plan's boxes; no entities.
 */
final class PixelPlan {

    /** The id of the picture check the pixel pass always makes. */
    static final String SANITY_ID = "image";

    private PixelPlan() {}

    static ScenePlan of(ScenePlan plan) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(SANITY_ID, CheckKind.IMAGE, null, null, null));
        plan.checks().stream().filter(c -> c.kind() == CheckKind.TEXT).forEach(checks::add);
        return plan.withEntities(List.of())
                .withTexts(plan.texts().stream().map(t -> t.withBox(null)).toList())
                .withChecks(checks);
    }
}
