package dev.plantain.remote;

import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import dev.plantain.refiner.ImageRefiner;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Refines with a remote image model and stays surgical whatever the model does: the failed checks become one edit
 * instruction, a crop around the area they point at is sent (letterboxed into the model's edit size, with the area
 * as the mask), and the answer is composited back through Plantain's own feathered mask, so no pixel outside the
 * area changes. One model call per round; past the spend cap the candidate is returned unchanged, saying why.
 */
public final class RemoteRefiner implements ImageRefiner {

    /** The blend ramp inside the area's edge, in pixels of the image. */
    static final int FEATHER = 12;

    private final ImageModel model;
    private final CallBudget budget;

    public RemoteRefiner(ImageModel model, CallBudget budget) {
        this.model = Objects.requireNonNull(model, "model");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    @Override
    public Refinement refine(BufferedImage image, ScenePlan drawn, VerificationReport report, int round) {
        List<String> phrases = EditInstruction.phrases(drawn, report.checks());
        if (phrases.isEmpty()) {
            return new Refinement(image, drawn, List.of("no failed check an edit can fix; unchanged"));
        }
        if (!budget.take(drawn, round - 1)) {
            return new Refinement(
                    image,
                    drawn,
                    List.of("not refined: " + model.name() + " made its " + budget.max()
                            + " calls for this job (max-calls-per-job)"));
        }
        RefineRegion.Region region = RefineRegion.of(
                new RefineRegion.BufferedImageSize(image.getWidth(), image.getHeight()), drawn, report.checks());
        Box crop = region.crop();
        Box areaInCrop = new Box(
                region.area().x() - crop.x(),
                region.area().y() - crop.y(),
                region.area().width(),
                region.area().height());
        Letterbox box = Letterbox.of(crop.width(), crop.height(), model.editSize(crop.width(), crop.height()));
        BufferedImage sent = box.place(Resize.crop(image, crop.x(), crop.y(), crop.width(), crop.height()));
        String instruction = EditInstruction.of(phrases);
        BufferedImage answer = model.edit(sent, box.toSent(areaInCrop), instruction, drawn.seed() + round);
        BufferedImage edit = box.takeBack(answer, model.name());
        int feather =
                Math.min(FEATHER, Math.min(region.area().width(), region.area().height()) / 4);
        BufferedImage repaired = FeatheredComposite.apply(image, edit, crop, region.area(), feather);
        Box a = region.area();
        return new Refinement(
                repaired,
                drawn,
                List.of(model.name() + " edited " + a.width() + "x" + a.height() + " at (" + a.x() + "," + a.y()
                        + "), pixels outside kept: " + String.join("; ", phrases)));
    }

    @Override
    public boolean deterministic() {
        return false;
    }
}
