package dev.plantain.remote;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Drafts with a remote image model: asks for the prompt as typed or the plan in words, at the model's own size
 * nearest the canvas, and fits the answer by {@link SizeFit}'s rule; the plan comes back laid out on the size drawn.
 * A remote model may give other pixels for the same request and seed, so its drafts are not deterministic.
 */
public final class RemoteDraftRenderer implements DraftRenderer {

    private final ImageModel model;
    private final PromptMode mode;
    private final CallBudget budget;

    public RemoteDraftRenderer(ImageModel model, PromptMode mode, CallBudget budget) {
        this.model = Objects.requireNonNull(model, "model");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    @Override
    public Draft draft(ScenePlan plan) {
        if (!budget.take(plan, 0)) {
            throw DependencyFailure.permanent(
                    model.name(),
                    model.name() + " made its " + budget.max() + " calls for this job (max-calls-per-job); no draft",
                    null);
        }
        PixelSize size = model.drawSize(plan.width(), plan.height());
        BufferedImage answer = model.draw(mode.prompt(plan), size, plan.seed());
        SizeFit.Fitted fitted = SizeFit.toCanvas(answer, plan.width(), plan.height(), model.name());
        BufferedImage image = fitted.image();
        return new Draft(image, plan.scaledTo(image.getWidth(), image.getHeight()));
    }

    @Override
    public boolean deterministic() {
        return false;
    }

    /** The engine's name as a configuration word. */
    public String name() {
        return model.name();
    }
}
