package dev.plantain.render;

/**
 * A photo-like finish: light falling from the upper left, a soft vignette and fine seeded film grain. Kept subtle so
 * that the backdrop stays one colour to a segmenter (the corners move less than a CIE76 distance of about 6).
 */
final class PhotoLook implements Look {

    /** The brightness swing of the light across the canvas, as a share. */
    static final double LIGHT = 0.07;
    /** How much darker the corners are, as a share. */
    static final double VIGNETTE = 0.07;
    /** The grain's amplitude in 8-bit levels. */
    static final double GRAIN = 4;

    @Override
    public int reach(int width, int height) {
        return 0;
    }

    @Override
    public void apply(Layers layers) {
        int w = layers.width();
        for (int y = 0; y < layers.height(); y++) {
            int ay = layers.region.y + y;
            double fy = (ay + 0.5) / layers.canvasHeight;
            for (int x = 0; x < w; x++) {
                int ax = layers.region.x + x;
                double fx = (ax + 0.5) / layers.canvasWidth;
                double light = 1 + LIGHT * (0.5 - (0.6 * fx + 0.4 * fy));
                double r2 = ((fx - 0.5) * (fx - 0.5) + (fy - 0.5) * (fy - 0.5)) * 2;
                double vignette = 1 - VIGNETTE * r2 * Math.sqrt(r2);
                double grain = GRAIN * Grain.white(layers.seed, ax, ay);
                int i = y * w + x;
                layers.out[i] = Channels.scale(layers.composite(i), light * vignette, grain);
            }
        }
    }
}
