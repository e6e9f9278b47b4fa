package dev.plantain.diffusion;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the diffusion refiner may repaint: for each unmet check, its evidence region, else the boxes of the entity it
 * concerns, grown by a margin and clipped to the canvas. Checks about the whole image give no region.
 */
final class RepaintRegions {

    /** A region to repaint and the check that asked for it. */
    record Region(Box box, CheckResult check) {}

    private RepaintRegions() {}

    static List<Region> of(ScenePlan plan, VerificationReport report, int width, int height) {
        int margin = Math.max(4, Math.min(width, height) / 32);
        List<Region> regions = new ArrayList<>();
        for (CheckResult check : report.unmet()) {
            List<Box> boxes = check.region() != null
                    ? List.of(check.region())
                    : plan.entity(check.subject() == null ? "" : check.subject())
                            .map(Entity::instances)
                            .orElse(List.of());
            for (Box box : boxes) {
                clip(box.grow(margin), width, height).ifPresent(b -> regions.add(new Region(b, check)));
            }
        }
        return regions;
    }

    /** One entry per pixel of a {@code width x height} canvas: true inside any region. */
    static boolean[] mask(List<Region> regions, int width, int height) {
        boolean[] mask = new boolean[width * height];
        for (Region region : regions) {
            Box b = region.box();
            for (int y = b.y(); y < b.bottom(); y++) {
                for (int x = b.x(); x < b.right(); x++) {
                    mask[y * width + x] = true;
                }
            }
        }
        return mask;
    }

    private static java.util.Optional<Box> clip(Box box, int width, int height) {
        int x = Math.max(0, box.x());
        int y = Math.max(0, box.y());
        int right = Math.min(width, box.right());
        int bottom = Math.min(height, box.bottom());
        return right > x && bottom > y
                ? java.util.Optional.of(new Box(x, y, right - x, bottom - y))
                : java.util.Optional.empty();
    }
}
