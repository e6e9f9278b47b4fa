package dev.plantain.render;

/**
 * Position-seeded noise for the looks: each value depends only on the seed and absolute pixel coordinates, never on
 * the order pixels are visited, so a region styled alone matches the same region of the whole canvas.
 */
final class Grain {

    private static final long X_PRIME = 0x9E3779B97F4A7C15L;
    private static final long Y_PRIME = 0xC2B2AE3D27D4EB4FL;

    private Grain() {}

    /** White noise in [-1, 1) at a pixel. */
    static double white(long seed, int x, int y) {
        long z = seed ^ (x * X_PRIME) ^ (y * Y_PRIME + 0x632BE59BD9B4E019L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-52 - 1;
    }

    /** Smooth value noise in [-1, 1]: white noise at a lattice of {@code cell} pixels, blended between. */
    static double smooth(long seed, int x, int y, int cell) {
        int cx = Math.floorDiv(x, cell);
        int cy = Math.floorDiv(y, cell);
        double fx = fade((x - cx * cell + 0.5) / cell);
        double fy = fade((y - cy * cell + 0.5) / cell);
        double top = lerp(white(seed, cx, cy), white(seed, cx + 1, cy), fx);
        double bottom = lerp(white(seed, cx, cy + 1), white(seed, cx + 1, cy + 1), fx);
        return lerp(top, bottom, fy);
    }

    private static double fade(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
