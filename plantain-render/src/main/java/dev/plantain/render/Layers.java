package dev.plantain.render;

import java.awt.Rectangle;

/**
 * One region of a styled canvas as a look reads and writes it: the painted backdrop (RGB), the painted objects on
 * their own transparent layer (non-premultiplied ARGB), and the styled output, each a row-major array over the
 * region, which lies at absolute coordinates on a canvas of the given size.
 */
public final class Layers {

    final Rectangle region;
    final int canvasWidth;
    final int canvasHeight;
    final long seed;
    final int[] backdrop;
    final int[] objects;
    public final int[] out;

    public Layers(Rectangle region, int canvasWidth, int canvasHeight, long seed, int[] backdrop, int[] objects) {
        this.region = region;
        this.canvasWidth = canvasWidth;
        this.canvasHeight = canvasHeight;
        this.seed = seed;
        this.backdrop = backdrop;
        this.objects = objects;
        this.out = new int[region.width * region.height];
    }

    int width() {
        return region.width;
    }

    int height() {
        return region.height;
    }

    /** The shorter side of the canvas, which sizes every look's strokes and blocks. */
    int shortSide() {
        return Math.min(canvasWidth, canvasHeight);
    }

    /** Each object pixel's opacity, 0 to 1. */
    float[] alpha() {
        float[] alpha = new float[objects.length];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = (objects[i] >>> 24) / 255f;
        }
        return alpha;
    }

    /**
     * Each object pixel's opacity where it is at least half opaque, else 0: the drawings themselves, without faint
     * marks such as contact shadows.
     */
    float[] solid() {
        float[] solid = alpha();
        for (int i = 0; i < solid.length; i++) {
            solid[i] = solid[i] >= 0.5f ? solid[i] : 0;
        }
        return solid;
    }

    /** One channel (16 red, 8 green, 0 blue) of the objects, multiplied by a weight per pixel (an opacity). */
    float[] weighted(int shift, float[] weight) {
        float[] channel = new float[objects.length];
        for (int i = 0; i < channel.length; i++) {
            channel[i] = ((objects[i] >> shift) & 0xFF) * weight[i];
        }
        return channel;
    }

    /** The objects laid over the backdrop, as the flat look would show them. */
    int composite(int i) {
        return Channels.over(objects[i], backdrop[i]);
    }
}
