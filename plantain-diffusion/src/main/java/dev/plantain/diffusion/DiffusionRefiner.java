package dev.plantain.diffusion;

import dev.plantain.messages.StepProgress;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.ScenePlan;
import dev.plantain.refiner.ImageRefiner;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code diffusion} refine engine: repaints the regions of the unmet checks ({@link RepaintRegions}) by
 * inpainting the plan's prompt with a Stable Diffusion export, working at the model's native size nearest the image
 * and compositing the result back through the mask at the image's own size, so every pixel outside the mask is the
 * candidate's own. The plan is unchanged: the model is asked to draw what it already says.
 */
public final class DiffusionRefiner implements ImageRefiner, AutoCloseable {

    private final DiffusionPipeline pipeline;
    private final DiffusionSettings settings;
    private final boolean ownsExport;

    /** A refiner on a pipeline someone else owns (and closes). */
    public DiffusionRefiner(DiffusionPipeline pipeline, DiffusionSettings settings) {
        this(pipeline, settings, false);
    }

    private DiffusionRefiner(DiffusionPipeline pipeline, DiffusionSettings settings, boolean ownsExport) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.ownsExport = ownsExport;
    }

    /** Loads the export the settings name, once; closing the refiner closes it. */
    public static DiffusionRefiner load(DiffusionSettings settings) {
        DiffusionExport export = DiffusionExport.load(settings.modelDir(), settings.device());
        return new DiffusionRefiner(new DiffusionPipeline(export), settings, true);
    }

    @Override
    public Refinement refine(BufferedImage image, ScenePlan drawn, VerificationReport report, int round) {
        return refine(image, drawn, report, round, StepProgress.NONE);
    }

    /** Refines, telling {@code progress} after every scheduler step. */
    @Override
    public Refinement refine(
            BufferedImage image, ScenePlan drawn, VerificationReport report, int round, StepProgress progress) {
        int width = image.getWidth();
        int height = image.getHeight();
        List<RepaintRegions.Region> regions = RepaintRegions.of(drawn, report, width, height);
        if (regions.isEmpty()) {
            return new Refinement(
                    scaled(image, width, height),
                    drawn,
                    List.of("left the image as it was: no unmet check names a region to repaint"));
        }
        DrawSize work = DrawSize.nearest(width, height, pipeline.export().nativeSize());
        List<RepaintRegions.Region> workRegions = regions.stream()
                .map(r -> new RepaintRegions.Region(
                        r.box().scaled(width, height, work.width(), work.height()), r.check()))
                .toList();
        GenerationRequest request = new GenerationRequest(
                drawn.prompt(),
                DiffusionRenderer.negativePrompt(settings.negativePrompt(), drawn),
                work.width(),
                work.height(),
                settings.steps(),
                settings.guidance(),
                settings.scheduler(),
                drawn.seed() * 31 + round);
        BufferedImage inpainted = pipeline.inpaint(
                scaled(image, work.width(), work.height()),
                RepaintRegions.mask(clipped(workRegions, work), work.width(), work.height()),
                request,
                progress);
        BufferedImage repaired =
                Pixels.composite(image, scaled(inpainted, width, height), RepaintRegions.mask(regions, width, height));
        List<String> changes = new ArrayList<>();
        for (RepaintRegions.Region region : regions) {
            changes.add("repainted " + region.box().width() + "x" + region.box().height() + " at ("
                    + region.box().x()
                    + "," + region.box().y() + ") by diffusion inpainting ("
                    + region.check().checkId()
                    + (region.check().measured() == null
                            ? ""
                            : " " + region.check().measured()) + ")");
        }
        return new Refinement(repaired, drawn, changes);
    }

    private static List<RepaintRegions.Region> clipped(List<RepaintRegions.Region> regions, DrawSize size) {
        return regions.stream()
                .map(r -> {
                    int x = Math.min(r.box().x(), size.width());
                    int y = Math.min(r.box().y(), size.height());
                    int right = Math.min(r.box().right(), size.width());
                    int bottom = Math.min(r.box().bottom(), size.height());
                    return new RepaintRegions.Region(new dev.plantain.plan.Box(x, y, right - x, bottom - y), r.check());
                })
                .toList();
    }

    /** An RGB copy at the given size (bilinear when resized), so the caller's image is never changed. */
    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    @Override
    public void close() {
        if (ownsExport) {
            pipeline.export().close();
        }
    }
}
