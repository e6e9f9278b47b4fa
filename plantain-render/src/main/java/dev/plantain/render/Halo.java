package dev.plantain.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.IntBinaryOperator;

/**
 * A thin rim of backdrop around a drawing laid over another (an apple on its plate, a rider on a horse): the keyline
 * an illustrator leaves so the two read as two things, and so that a segmentation of the picture finds them apart.
 */
final class Halo {

    /** The rim's width as a share of the canvas's long side. */
    static final double WIDTH = 0.011;

    private Halo() {}

    /** The rim's width in pixels on a canvas. */
    static int width(int canvasWidth, int canvasHeight) {
        return Math.max(2, (int) Math.round(WIDTH * Math.max(canvasWidth, canvasHeight)));
    }

    /**
     * Paints the backdrop ({@code backdrop} gives its colour at a canvas pixel) over the art's opaque pixels grown by
     * {@code r}, the art standing at ({@code x}, {@code y}).
     */
    static void draw(Graphics2D g, BufferedImage art, int x, int y, int r, IntBinaryOperator backdrop) {
        int w = art.getWidth() + 2 * r;
        int h = art.getHeight() + 2 * r;
        boolean[] ink = new boolean[w * h];
        for (int j = 0; j < art.getHeight(); j++) {
            for (int i = 0; i < art.getWidth(); i++) {
                ink[(j + r) * w + i + r] = (art.getRGB(i, j) >>> 24) > 40;
            }
        }
        boolean[] wide = new boolean[w * h];
        for (int j = 0; j < h; j++) {
            int last = -1_000_000;
            for (int i = 0; i < w; i++) {
                last = ink[j * w + i] ? i : last;
                wide[j * w + i] = i - last <= r;
            }
            last = 1_000_000;
            for (int i = w - 1; i >= 0; i--) {
                last = ink[j * w + i] ? i : last;
                wide[j * w + i] |= last - i <= r;
            }
        }
        BufferedImage rim = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < w; i++) {
            int last = -1_000_000;
            for (int j = 0; j < h; j++) {
                last = wide[j * w + i] ? j : last;
                ink[j * w + i] = j - last <= r;
            }
            last = 1_000_000;
            for (int j = h - 1; j >= 0; j--) {
                last = wide[j * w + i] ? j : last;
                if (ink[j * w + i] || last - j <= r) {
                    rim.setRGB(i, j, 0xFF000000 | backdrop.applyAsInt(x - r + i, y - r + j));
                }
            }
        }
        g.drawImage(rim, x - r, y - r, null);
    }
}
