package dev.plantain.verifier;

import boofcv.struct.image.GrayU8;
import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.Recolour;
import dev.plantain.draft.SceneArtist;
import dev.plantain.image.Lab;
import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A same-style template check that the planned art is what stands in each planned box: the entity drawn by the
 * draft engine's own artist (same library, same recolouring) on the image's row backgrounds and segmented as the image
 * was must cover the same pixels as the image's foreground there, with an intersection over union of at least
 * {@value #MIN_IOU} at the best offset within {@value #SLACK} of the box's size. It only shows identity for images
 * drawn in that style, and its report says so; the weakest instance decides.
 */
final class IdentityJudge {

    static final double MIN_IOU = 0.8;
    static final double SLACK = 0.15;
    private static final String LABEL = "same-style template check: ";

    private final ArtLibrary art;
    private final SceneArtist artist;

    IdentityJudge(ArtLibrary art) {
        this.art = art;
        this.artist = art == null ? null : new SceneArtist(art);
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
        Segmentation seg = scene.segmentation();
        double weakest = 1;
        Box weakestBox = e.instances().get(0);
        for (Box box : e.instances()) {
            GrayU8 template = template(e, box, seg);
            int slack = (int) Math.round(SLACK * Math.max(template.width, template.height));
            double iou = bestIou(template, seg.mask, box.x() / seg.scale, box.y() / seg.scale, slack);
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

    /** The entity drawn into a box of this size, as the segmentation would see it, at working resolution. */
    private GrayU8 template(Entity e, Box box, Segmentation seg) {
        int w = Math.max(1, box.width());
        int h = Math.max(1, box.height());
        BufferedImage drawing = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawing.createGraphics();
        try {
            for (int y = 0; y < h; y++) {
                g.setColor(new Color(seg.backgroundAt((box.y() + y) / seg.scale).toRgb()));
                g.fillRect(0, y, w, 1);
            }
            artist.drawInstance(g, e, new Box(0, 0, w, h), Recolour.SHADED);
        } finally {
            g.dispose();
        }
        int s = seg.scale;
        GrayU8 mask = new GrayU8((w + s - 1) / s, (h + s - 1) / s);
        for (int y = 0; y < mask.height; y++) {
            Lab background = seg.backgroundAt(box.y() / s + y);
            for (int x = 0; x < mask.width; x++) {
                int p = drawing.getRGB(Math.min(w - 1, x * s + s / 2), Math.min(h - 1, y * s + s / 2));
                boolean on = ColourTable.distance(ColourTable.index(p), background) > Segmentation.FOREGROUND_DELTA_E;
                mask.set(x, y, on ? 1 : 0);
            }
        }
        return Segmentation.close(mask, seg.radius);
    }

    /**
     * The best intersection over union of the template placed near (x0, y0) in the image's mask: a coarse search
     * over the slack, then every pixel offset around the best coarse one.
     */
    static double bestIou(GrayU8 template, GrayU8 image, int x0, int y0, int slack) {
        int step = Math.max(1, slack / 6);
        double best = -1;
        int bx = 0;
        int by = 0;
        for (int dy = -slack; dy <= slack; dy += step) {
            for (int dx = -slack; dx <= slack; dx += step) {
                double iou = iou(template, image, x0 + dx, y0 + dy);
                if (iou > best) {
                    best = iou;
                    bx = dx;
                    by = dy;
                }
            }
        }
        for (int dy = by - step + 1; dy < by + step; dy++) {
            for (int dx = bx - step + 1; dx < bx + step; dx++) {
                best = Math.max(best, iou(template, image, x0 + dx, y0 + dy));
            }
        }
        return Math.max(0, best);
    }

    private static double iou(GrayU8 template, GrayU8 image, int ox, int oy) {
        long both = 0;
        long either = 0;
        for (int y = 0; y < template.height; y++) {
            int iy = oy + y;
            for (int x = 0; x < template.width; x++) {
                int ix = ox + x;
                boolean t = template.data[y * template.width + x] != 0;
                boolean m = ix >= 0
                        && iy >= 0
                        && ix < image.width
                        && iy < image.height
                        && image.data[iy * image.width + ix] != 0;
                both += t && m ? 1 : 0;
                either += t || m ? 1 : 0;
            }
        }
        return either == 0 ? 0 : both / (double) either;
    }
}
