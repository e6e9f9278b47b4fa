package dev.plantain.remote;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.util.Optional;

/**
 * Where a refinement may change the image, and the larger crop sent to the model around it. The area is the union of
 * the failed checks' evidence regions, else of their entities' or texts' planned boxes (on a plan drawn at the image's
 * size), grown by a margin; when no failed check points anywhere, the whole image.
 */
public final class RefineRegion {

    /** The area's margin around the evidence, as a share of the evidence's larger side. */
    static final double AREA_MARGIN = 0.15;
    /** The context the crop adds around the area, as a share of the area's larger side (at least 32 pixels). */
    static final double CONTEXT = 0.25;

    /** The area that may change and the crop that is sent, both in image coordinates. */
    public record Region(Box area, Box crop) {}

    private RefineRegion() {}

    public static Region of(BufferedImageSize image, ScenePlan plan, java.util.List<CheckResult> results) {
        Box evidence = null;
        for (CheckResult r : results) {
            if (r.status() != CheckStatus.FAILED) {
                continue;
            }
            Optional<Box> box = Optional.ofNullable(r.region()).or(() -> planned(plan, r.subject(), image));
            if (box.isEmpty()) {
                evidence = null;
                break;
            }
            evidence = evidence == null ? box.get() : evidence.union(box.get());
        }
        Box whole = new Box(0, 0, image.width(), image.height());
        if (evidence == null) {
            return new Region(whole, whole);
        }
        Box area = clip(evidence.grow(margin(evidence, AREA_MARGIN, 4)), whole);
        Box crop = clip(area.grow(margin(area, CONTEXT, 32)), whole);
        return new Region(area, crop);
    }

    /** The size of the image being refined. */
    public record BufferedImageSize(int width, int height) {}

    private static Optional<Box> planned(ScenePlan plan, String subject, BufferedImageSize image) {
        if (subject == null || plan.width() != image.width() || plan.height() != image.height()) {
            return Optional.empty();
        }
        Optional<Box> entity =
                plan.entity(subject).filter(e -> !e.instances().isEmpty()).map(Entity::bounds);
        return entity.or(() -> plan.text(subject).map(TextSpec::box));
    }

    private static int margin(Box box, double share, int least) {
        return Math.max(least, (int) Math.round(Math.max(box.width(), box.height()) * share));
    }

    private static Box clip(Box box, Box whole) {
        int x0 = Math.max(whole.x(), box.x());
        int y0 = Math.max(whole.y(), box.y());
        int x1 = Math.min(whole.right(), box.right());
        int y1 = Math.min(whole.bottom(), box.bottom());
        return x1 <= x0 || y1 <= y0 ? whole : new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
