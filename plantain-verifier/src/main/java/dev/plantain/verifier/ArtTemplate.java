package dev.plantain.verifier;

import boofcv.struct.image.GrayU8;
import dev.plantain.image.Lab;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.render.Outline;
import dev.plantain.render.Recolour;
import dev.plantain.render.SceneArtist;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * An entity's planned art drawn the way the draft engine draws it, on the image's row backgrounds, and segmented as
 * the image was: the template the {@link IdentityJudge} lays over what stands in a box.
 */
final class ArtTemplate {

    /**
     * How far (CIE76) from the foreground threshold a template pixel must be for the template to say whether it stands
     * out. The image's finish moves colours against the row model the template is drawn on (the photo look's light,
     * vignette and grain: up to about 7% of the brightness, 6 units of L* on a light backdrop), so a white zebra's
     * body on a near-white ground may segment either way; such pixels are left out of the comparison.
     */
    static final double UNSURE_DELTA_E = 6;

    /** A template: the art's foreground, and where the template is sure of its answer (a superset of it). */
    record Drawn(GrayU8 on, GrayU8 care) {}

    private final SceneArtist artist;

    ArtTemplate(SceneArtist artist) {
        this.artist = artist;
    }

    /**
     * The entity drawn into a box of this size (with its contrasting outline when {@code outline} is above 0), as the
     * segmentation would see it, at working resolution; the template's origin is the box's corner less the outline.
     */
    Drawn draw(Entity e, Box box, Segmentation seg, int outline) {
        int w = Math.max(1, box.width()) + 2 * outline;
        int h = Math.max(1, box.height()) + 2 * outline;
        int top = box.y() - outline;
        BufferedImage drawing = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawing.createGraphics();
        try {
            for (int y = 0; y < h; y++) {
                g.setColor(new Color(seg.backgroundAt((top + y) / seg.scale).toRgb()));
                g.fillRect(0, y, w, 1);
            }
            Box inner = new Box(outline, outline, w - 2 * outline, h - 2 * outline);
            artist.drawInstance(g, e, inner, Recolour.SHADED);
            if (outline > 0) {
                double lightness =
                        seg.backgroundAt((int) box.centerY() / seg.scale).l();
                Outline.draw(drawing, artist, e, inner, Outline.colourAgainst(lightness), List.of());
            }
        } finally {
            g.dispose();
        }
        int s = seg.scale;
        GrayU8 sure = new GrayU8((w + s - 1) / s, (h + s - 1) / s);
        GrayU8 maybe = sure.createSameShape();
        for (int y = 0; y < sure.height; y++) {
            Lab background = seg.backgroundAt(top / s + y);
            for (int x = 0; x < sure.width; x++) {
                int p = drawing.getRGB(Math.min(w - 1, x * s + s / 2), Math.min(h - 1, y * s + s / 2));
                double distance = ColourTable.distance(ColourTable.index(p), background);
                sure.set(x, y, distance > Segmentation.FOREGROUND_DELTA_E + UNSURE_DELTA_E ? 1 : 0);
                maybe.set(x, y, distance > Segmentation.FOREGROUND_DELTA_E - UNSURE_DELTA_E ? 1 : 0);
            }
        }
        GrayU8 on = Segmentation.close(sure, seg.radius);
        GrayU8 care = Segmentation.close(maybe, seg.radius);
        // sure where the art surely stands out, or surely does not (closing keeps on inside care)
        for (int i = 0; i < care.data.length; i++) {
            care.data[i] = (byte) (on.data[i] != 0 || care.data[i] == 0 ? 1 : 0);
        }
        return new Drawn(on, care);
    }

    /** Clears the mask's pixels inside a canvas box, for a mask whose origin lies at working pixel (x0, y0). */
    static void clear(GrayU8 mask, Box box, int x0, int y0, int scale) {
        int left = Math.max(0, box.x() / scale - x0);
        int right = Math.min(mask.width, (box.right() + scale - 1) / scale - x0);
        int top = Math.max(0, box.y() / scale - y0);
        int bottom = Math.min(mask.height, (box.bottom() + scale - 1) / scale - y0);
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                mask.set(x, y, 0);
            }
        }
    }
}
