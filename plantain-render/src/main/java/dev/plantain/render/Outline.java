package dev.plantain.render;

import boofcv.alg.filter.binary.BinaryImageOps;
import boofcv.struct.image.GrayU8;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A contrasting outline around an instance's drawn art, the way a sticker is cut with a border: black around art on
 * light surroundings, white on dark. The refiner draws it around an entity that does not stand out from its
 * surroundings, and the verifier's template check draws it the same way to recognise such an instance.
 */
public final class Outline {

    /** The outline's width as a share of the instance box's longer side. */
    public static final double WIDTH_SHARE = 0.025;

    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private Outline() {}

    /** The outline's width in pixels around an instance drawn in this box. */
    public static int width(Box box) {
        return (int) Math.max(2, Math.round(WIDTH_SHARE * Math.max(box.width(), box.height())));
    }

    /** The outline colour (RGB) for surroundings of this CIELAB lightness: black on light, white on dark. */
    public static int colourAgainst(double lightness) {
        return lightness >= 50 ? BLACK : WHITE;
    }

    /**
     * Paints the outline of the entity's art drawn in {@code box} onto {@code image}: the pixels within {@link
     * #width(Box)} of the art's solid pixels but not on them, and not inside any of the {@code avoid} boxes.
     */
    public static void draw(BufferedImage image, SceneArtist artist, Entity entity, Box box, int rgb, List<Box> avoid) {
        int t = width(box);
        int w = box.width() + 2 * t;
        int h = box.height() + 2 * t;
        BufferedImage art = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = art.createGraphics();
        try {
            artist.drawInstance(g, entity, new Box(t, t, box.width(), box.height()), Recolour.SHADED);
        } finally {
            g.dispose();
        }
        GrayU8 solid = new GrayU8(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                solid.set(x, y, (art.getRGB(x, y) >>> 24) >= 128 ? 1 : 0);
            }
        }
        GrayU8 grown = BinaryImageOps.dilate8(solid, t, null);
        for (int y = 0; y < h; y++) {
            int iy = box.y() - t + y;
            for (int x = 0; x < w; x++) {
                int ix = box.x() - t + x;
                boolean ring = grown.get(x, y) != 0 && solid.get(x, y) == 0;
                if (ring
                        && ix >= 0
                        && iy >= 0
                        && ix < image.getWidth()
                        && iy < image.getHeight()
                        && avoid.stream().noneMatch(b -> inside(b, ix, iy))) {
                    image.setRGB(ix, iy, rgb);
                }
            }
        }
    }

    private static boolean inside(Box b, int x, int y) {
        return x >= b.x() && x < b.right() && y >= b.y() && y < b.bottom();
    }
}
