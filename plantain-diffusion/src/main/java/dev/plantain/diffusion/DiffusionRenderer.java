package dev.plantain.diffusion;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.StepProgress;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;

/**
 * The {@code diffusion} draft engine: draws the plan's prompt with a Stable Diffusion export at the model's native
 * size nearest the plan's canvas ({@link DrawSize}), seeded by the plan, the plan's excluded concepts added to the
 * negative prompt. The drawn plan records the drawn size, its boxes scaled to it.
 */
public final class DiffusionRenderer implements DraftRenderer, AutoCloseable {

    private final DiffusionPipeline pipeline;
    private final DiffusionSettings settings;
    private final boolean ownsExport;

    /** A renderer on a pipeline someone else owns (and closes). */
    public DiffusionRenderer(DiffusionPipeline pipeline, DiffusionSettings settings) {
        this(pipeline, settings, false);
    }

    private DiffusionRenderer(DiffusionPipeline pipeline, DiffusionSettings settings, boolean ownsExport) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.ownsExport = ownsExport;
    }

    /** Loads the export the settings name, once; closing the renderer closes it. */
    public static DiffusionRenderer load(DiffusionSettings settings) {
        DiffusionExport export = DiffusionExport.load(settings.modelDir(), settings.device());
        return new DiffusionRenderer(new DiffusionPipeline(export), settings, true);
    }

    @Override
    public Draft draft(ScenePlan plan) {
        return draft(plan, StepProgress.NONE);
    }

    /** Draws the plan, telling {@code progress} after every scheduler step. */
    @Override
    public Draft draft(ScenePlan plan, StepProgress progress) {
        DrawSize size =
                DrawSize.nearest(plan.width(), plan.height(), pipeline.export().nativeSize());
        GenerationRequest request = new GenerationRequest(
                plan.prompt(),
                negativePrompt(settings.negativePrompt(), plan),
                size.width(),
                size.height(),
                settings.steps(),
                settings.guidance(),
                settings.scheduler(),
                plan.seed());
        BufferedImage image = pipeline.generate(request, progress);
        return new Draft(image, plan.scaledTo(size.width(), size.height()));
    }

    /** The configured negative prompt with the concepts the prompt asks to leave out. */
    static String negativePrompt(String configured, ScenePlan plan) {
        StringBuilder negative = new StringBuilder(configured);
        for (String excluded : plan.excluded()) {
            negative.append(negative.length() > 0 ? ", " : "").append(excluded);
        }
        return negative.toString();
    }

    @Override
    public void close() {
        if (ownsExport) {
            pipeline.export().close();
        }
    }
}
