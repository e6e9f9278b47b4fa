package dev.plantain.render;

/**
 * Watercolour: the objects' pigment bleeds a little and their edges soften, pigment pools darker at the rims,
 * washes granulate in seeded blotches, and everything sits on textured paper.
 */
final class WatercolourLook implements Look {

    /** Bleed radius as a share of the canvas's shorter side. */
    static final double BLEED = 1 / 320.0;
    /** How much darker pigment pools at a wash's rim. */
    static final double RIM = 0.3;
    /** How far in from a wash's edge pigment pools, in bleed radii. */
    static final int POOL = 3;
    /** The granulation's swing in brightness, as a share. */
    static final double GRANULATION = 0.06;
    /** The paper texture's swing in brightness, as a share. */
    static final double PAPER = 0.025;
    /** How much paper shows through the pigment. */
    static final double TRANSPARENCY = 0.08;

    private static final int PAPER_WHITE = 0xFBF8F0;

    static int bleed(int width, int height) {
        return Math.max(1, (int) Math.round(Math.min(width, height) * BLEED));
    }

    @Override
    public int reach(int width, int height) {
        return 2 * POOL * bleed(width, height);
    }

    @Override
    public void apply(Layers layers) {
        int w = layers.width();
        int h = layers.height();
        int radius = bleed(layers.canvasWidth, layers.canvasHeight);
        float[] opacity = layers.alpha();
        float[] alpha = Filters.blur(opacity, w, h, radius);
        float[] pool = Filters.blur(layers.solid(), w, h, POOL * radius);
        float[] red = Filters.blur(layers.weighted(16, opacity), w, h, radius);
        float[] green = Filters.blur(layers.weighted(8, opacity), w, h, radius);
        float[] blue = Filters.blur(layers.weighted(0, opacity), w, h, radius);
        int blotch = Math.max(8, layers.shortSide() / 40);
        int fibre = Math.max(2, layers.shortSide() / 300);
        for (int y = 0; y < h; y++) {
            int ay = layers.region.y + y;
            for (int x = 0; x < w; x++) {
                int ax = layers.region.x + x;
                int i = y * w + x;
                double paperGrain = 1
                        + PAPER
                                * (0.7 * Grain.smooth(layers.seed ^ 1, ax, ay, fibre)
                                        + 0.3 * Grain.white(layers.seed, ax, ay));
                int paper = Channels.scale(layers.backdrop[i], paperGrain, 0);
                double a = alpha[i];
                if (a <= 0) {
                    layers.out[i] = paper;
                    continue;
                }
                double rim = 1 - RIM * (1 - pool[i]) * Math.min(1, 2 * a);
                double pigment = rim * (1 + GRANULATION * Grain.smooth(layers.seed ^ 2, ax, ay, blotch)) * paperGrain;
                int wash = Channels.rgb(red[i] / a * pigment, green[i] / a * pigment, blue[i] / a * pigment);
                wash = Channels.mix(wash, PAPER_WHITE, TRANSPARENCY);
                layers.out[i] = Channels.mix(paper, wash, Math.min(1, a));
            }
        }
    }
}
