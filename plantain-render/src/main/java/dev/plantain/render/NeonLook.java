package dev.plantain.render;

/**
 * Neon: the backdrop sinks into a dark night blue, and every object gets a bright tube along its outline in its
 * own colour with a short glow spilling onto the backdrop.
 */
final class NeonLook implements Look {

    /** Glow radius as a share of the canvas's shorter side. */
    static final double GLOW = 1 / 150.0;
    /** How much of the backdrop's own colour survives in the dark. */
    static final double BACKDROP_KEPT = 0.14;
    /** The glow's strength at the outline. */
    static final double GLOW_STRENGTH = 0.75;
    /** How strongly the tube covers the outline. */
    static final double TUBE = 0.85;

    private static final int NIGHT = 0x0E0A24;

    static int glow(int width, int height) {
        return Math.max(2, (int) Math.round(Math.min(width, height) * GLOW));
    }

    static int tube(int width, int height) {
        return Math.max(1, glow(width, height) / 3);
    }

    @Override
    public int reach(int width, int height) {
        return 2 * glow(width, height) + tube(width, height);
    }

    @Override
    public void apply(Layers layers) {
        int w = layers.width();
        int h = layers.height();
        int glow = glow(layers.canvasWidth, layers.canvasHeight);
        int tube = tube(layers.canvasWidth, layers.canvasHeight);
        float[] alpha = layers.alpha();
        float[] solid = layers.solid();
        float[] spread = Filters.blur(solid, w, h, glow);
        float[] red = Filters.blur(layers.weighted(16, solid), w, h, glow);
        float[] green = Filters.blur(layers.weighted(8, solid), w, h, glow);
        float[] blue = Filters.blur(layers.weighted(0, solid), w, h, glow);
        float[] grown = Filters.extreme(solid, w, h, tube, true);
        float[] shrunk = Filters.extreme(solid, w, h, tube, false);
        for (int i = 0; i < alpha.length; i++) {
            int dark = Channels.mix(NIGHT, layers.backdrop[i], BACKDROP_KEPT);
            int body = Channels.mix(dark, layers.objects[i] & 0xFFFFFF, alpha[i]);
            if (spread[i] <= 0) {
                layers.out[i] = body;
                continue;
            }
            int neon = bright(red[i] / spread[i], green[i] / spread[i], blue[i] / spread[i]);
            double halo = GLOW_STRENGTH * Math.min(1, 2.5 * spread[i]) * (1 - alpha[i]);
            int lit = Channels.mix(body, neon, halo);
            layers.out[i] = Channels.mix(lit, neon, TUBE * (grown[i] - shrunk[i]));
        }
    }

    /** A colour raised to full brightness, keeping its hue and saturation. */
    private static int bright(double r, double g, double b) {
        double max = Math.max(r, Math.max(g, b));
        if (max < 1) {
            return 0xD0D0D0;
        }
        double gain = Math.min(255 / max, 4);
        return Channels.rgb(r * gain, g * gain, b * gain);
    }
}
