package dev.plantain.verifier;

import boofcv.struct.image.GrayU8;
import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import dev.plantain.plan.TextSpec;
import dev.plantain.render.Outline;
import dev.plantain.render.SceneArtist;
import java.util.List;
import java.util.Optional;

/**
 * A same-style template check that the planned art is what stands in each planned box: the entity drawn by the
 * draft engine's own artist (same library, same recolouring) on the image's row backgrounds and segmented as the image
 * was must cover the same pixels as the image's foreground there, with an intersection over union of at least
 * {@value #MIN_IOU} at the best offset within {@value #SLACK} of the box's size. It only shows identity for images
 * drawn in that style, and its report says so; the weakest instance decides. An instance the refiner outlined to make
 * it stand out is matched against the art drawn with the same {@link Outline}. Template pixels too close to the
 * foreground threshold to say whether they stand out ({@link ArtTemplate#UNSURE_DELTA_E}) are left out.
 */
final class IdentityJudge {

    static final double MIN_IOU = 0.8;
    static final double SLACK = 0.15;
    private static final String LABEL = "same-style template check: ";

    private final ArtLibrary art;
    private final ArtTemplate templates;

    IdentityJudge(ArtLibrary art) {
        this.art = art;
        this.templates = art == null ? null : new ArtTemplate(new SceneArtist(art));
    }

    CheckResult judge(Check check, Scene scene) {
        Optional<Entity> entity = scene.entity(check.subject());
        if (entity.isEmpty()) {
            return Verdicts.unknownEntity(check, check.subject());
        }
        Entity e = entity.get();
        if (art == null
                || e.artId() == null
                || !art.has(e.artId())
                || e.instances().isEmpty()) {
            return Verdicts.notVerified(
                    check, LABEL + "no art '" + e.artId() + "' in the library or no planned box", scene.region(e));
        }
        double weakest = 1;
        Box weakestBox = e.instances().get(0);
        for (Box box : e.instances()) {
            double iou = iou(e, box, scene, 0);
            if (iou < MIN_IOU) {
                // the refiner outlines an instance that does not stand out: the same style, so the same art
                iou = Math.max(iou, iou(e, box, scene, Outline.width(box)));
            }
            if (iou < weakest) {
                weakest = iou;
                weakestBox = box;
            }
        }
        boolean passed = weakest >= MIN_IOU;
        String measured = String.format(
                LABEL + "the %s art '%s' matches what stands in its box at IoU %.2f (weakest "
                        + "instance), at least %.2f expected",
                e.concept(),
                e.artId(),
                weakest,
                MIN_IOU);
        return Verdicts.of(check, passed, weakest / MIN_IOU, measured, passed ? scene.region(e) : weakestBox);
    }

    /**
     * The best overlap of the instance's template, outlined {@code outline} pixels wide (0: none), near its box, both
     * left out where a planned text plate lies on the instance (a text written on it is judged by the text check).
     */
    private double iou(Entity e, Box box, Scene scene, int outline) {
        Segmentation seg = scene.segmentation();
        ArtTemplate.Drawn template = templates.draw(e, box, seg, outline);
        GrayU8 image = seg.mask;
        int x0 = (box.x() - outline) / seg.scale;
        int y0 = (box.y() - outline) / seg.scale;
        List<Box> plates = scene.plan().texts().stream()
                .map(TextSpec::box)
                .filter(t -> t != null && t.intersects(box))
                .toList();
        if (!plates.isEmpty()) {
            image = image.clone();
            for (Box plate : plates) {
                ArtTemplate.clear(template.on(), plate, x0, y0, seg.scale);
                ArtTemplate.clear(image, plate, 0, 0, seg.scale);
            }
        }
        int slack = (int) Math.round(SLACK * Math.max(template.on().width, template.on().height));
        return bestIou(new MaskOverlap(template.on(), template.care(), image), x0, y0, slack);
    }

    /**
     * The best intersection over union of the template placed near (x0, y0) in the image's mask: a coarse search
     * over the slack, then every pixel offset around the best coarse one.
     */
    static double bestIou(MaskOverlap overlap, int x0, int y0, int slack) {
        int step = Math.max(1, slack / 6);
        double best = -1;
        int bx = 0;
        int by = 0;
        for (int dy = -slack; dy <= slack; dy += step) {
            for (int dx = -slack; dx <= slack; dx += step) {
                double iou = overlap.iou(x0 + dx, y0 + dy);
                if (iou > best) {
                    best = iou;
                    bx = dx;
                    by = dy;
                }
            }
        }
        for (int dy = by - step + 1; dy < by + step; dy++) {
            for (int dx = bx - step + 1; dx < bx + step; dx++) {
                best = Math.max(best, overlap.iou(x0 + dx, y0 + dy));
            }
        }
        return Math.max(0, best);
    }
}
