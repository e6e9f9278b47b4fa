package dev.plantain.render;

import dev.plantain.plan.ScenePlan;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Paints a plan in a look: the backdrop and the objects on separate layers over the mask's bounds grown by the look's
 * reach, the look applied there, and only the mask's pixels copied into the image. Layers are painted at canvas size
 * with the same coordinates a whole-canvas paint uses, so a repainted region matches the whole paint exactly.
 */
final class StyledPainter {

    private final SceneArtist artist;
    private final Look look;

    StyledPainter(SceneArtist artist, Look look) {
        this.artist = artist;
        this.look = look;
    }

    void repaint(BufferedImage image, ScenePlan plan, Shape mask, PaintStyle style) {
        int width = plan.width();
        int height = plan.height();
        int reach = look.reach(width, height);
        Rectangle bounds = mask.getBounds().intersection(new Rectangle(0, 0, width, height));
        if (bounds.isEmpty()) {
            return;
        }
        Rectangle region = new Rectangle(
                        bounds.x - reach, bounds.y - reach, bounds.width + 2 * reach, bounds.height + 2 * reach)
                .intersection(new Rectangle(0, 0, width, height));
        BufferedImage backdrop = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage objects = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D b = backdrop.createGraphics();
        Graphics2D o = objects.createGraphics();
        try {
            b.clip(region);
            artist.fillBackground(b, plan, region);
            o.clip(region);
            artist.drawObjects(o, plan, region, style);
        } finally {
            b.dispose();
            o.dispose();
        }
        Layers layers =
                new Layers(region, width, height, plan.seed(), pixels(backdrop, region), pixels(objects, region));
        look.apply(layers);
        copyMasked(image, layers, mask, bounds);
    }

    private static int[] pixels(BufferedImage image, Rectangle r) {
        return image.getRGB(r.x, r.y, r.width, r.height, null, 0, r.width);
    }

    /** Copies the styled pixels whose centres the mask covers, the pixels a clip to the mask would let through. */
    private static void copyMasked(BufferedImage image, Layers layers, Shape mask, Rectangle bounds) {
        BufferedImage coverage = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = coverage.createGraphics();
        try {
            g.translate(-bounds.x, -bounds.y);
            g.setColor(Color.WHITE);
            g.fill(mask);
        } finally {
            g.dispose();
        }
        byte[] covered = ((DataBufferByte) coverage.getRaster().getDataBuffer()).getData();
        Rectangle region = layers.region;
        // an RGB int image is written straight into its pixel array: setRGB per pixel costs a colour-model call each
        int[] direct = image.getType() == BufferedImage.TYPE_INT_RGB
                        && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                        && image.getRaster().getParent() == null
                ? ints.getData()
                : null;
        for (int y = 0; y < bounds.height; y++) {
            for (int x = 0; x < bounds.width; x++) {
                if (covered[y * bounds.width + x] != 0) {
                    int i = (bounds.y + y - region.y) * region.width + bounds.x + x - region.x;
                    if (direct != null) {
                        direct[(bounds.y + y) * image.getWidth() + bounds.x + x] = layers.out[i] & 0xFFFFFF;
                    } else {
                        image.setRGB(bounds.x + x, bounds.y + y, layers.out[i]);
                    }
                }
            }
        }
    }
}
