package dev.plantain.render;

/**
 * A coloured-pencil sketch on paper: each object's colour laid in diagonal hatching that lets the paper through,
 * graphite outlines around the objects and along their inner edges, and seeded pencil pressure.
 */
final class SketchLook implements Look {

    /** Outline half-thickness as a share of the canvas's shorter side. */
    static final double OUTLINE = 1 / 400.0;
    /** Hatching period as a share of the canvas's shorter side. */
    static final double HATCH = 1 / 110.0;
    /** How much paper shows between hatching strokes. */
    static final double BETWEEN_STROKES = 0.3;
    /** How far the backdrop is moved toward paper. */
    static final double PAPER = 0.35;

    private static final int PAPER_WHITE = 0xFAF7EE;
    private static final int GRAPHITE = 0x3C3C44;

    static int outline(int width, int height) {
        return Math.max(1, (int) Math.round(Math.min(width, height) * OUTLINE));
    }

    @Override
    public int reach(int width, int height) {
        return outline(width, height) + 1;
    }

    @Override
    public void apply(Layers layers) {
        int w = layers.width();
        int h = layers.height();
        int t = outline(layers.canvasWidth, layers.canvasHeight);
        float[] alpha = layers.alpha();
        float[] solid = layers.solid();
        float[] grown = Filters.extreme(solid, w, h, t, true);
        float[] shrunk = Filters.extreme(solid, w, h, t, false);
        float[] light = lightness(layers);
        int period = Math.max(4, (int) Math.round(layers.shortSide() * HATCH));
        int pressureCell = Math.max(6, layers.shortSide() / 60);
        for (int y = 0; y < h; y++) {
            int ay = layers.region.y + y;
            for (int x = 0; x < w; x++) {
                int ax = layers.region.x + x;
                int i = y * w + x;
                double grain = 1 + 0.02 * Grain.white(layers.seed, ax, ay);
                int paper = Channels.scale(Channels.mix(layers.backdrop[i], PAPER_WHITE, PAPER), grain, 0);
                double pressure = 0.8 + 0.2 * Grain.smooth(layers.seed ^ 3, ax, ay, pressureCell);
                int colour = layers.objects[i] & 0xFFFFFF;
                boolean stroke = Math.floorMod(ax + ay, period) < period / 2;
                int pencil = stroke
                        ? Channels.scale(colour, 0.95, 0)
                        : Channels.mix(colour, PAPER_WHITE, BETWEEN_STROKES * pressure);
                int styled = Channels.mix(paper, pencil, alpha[i]);
                double contour = grown[i] - shrunk[i];
                double detail = Channels.clamp01(sobel(light, w, h, x, y) / 400.0);
                double graphite = Math.max(0.8 * contour, 0.45 * detail) * pressure;
                layers.out[i] = Channels.mix(styled, GRAPHITE, Channels.clamp01(graphite));
            }
        }
    }

    /** The objects' lightness (0-255) where they are drawn, so inner edges of a drawing can be traced. */
    private static float[] lightness(Layers layers) {
        float[] light = new float[layers.objects.length];
        for (int i = 0; i < light.length; i++) {
            int p = layers.objects[i];
            float a = (p >>> 24) / 255f;
            light[i] = a * (0.3f * Channels.red(p) + 0.59f * Channels.green(p) + 0.11f * Channels.blue(p));
        }
        return light;
    }

    private static double sobel(float[] plane, int w, int h, int x, int y) {
        int l = Math.max(0, x - 1);
        int r = Math.min(w - 1, x + 1);
        int u = Math.max(0, y - 1);
        int d = Math.min(h - 1, y + 1);
        double gx = plane[u * w + r]
                + 2 * plane[y * w + r]
                + plane[d * w + r]
                - plane[u * w + l]
                - 2 * plane[y * w + l]
                - plane[d * w + l];
        double gy = plane[d * w + l]
                + 2 * plane[d * w + x]
                + plane[d * w + r]
                - plane[u * w + l]
                - 2 * plane[u * w + x]
                - plane[u * w + r];
        return Math.sqrt(gx * gx + gy * gy);
    }
}
