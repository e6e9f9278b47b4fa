package dev.plantain.render;

/**
 * Seeded, position-addressed randomness for backdrops: every value is a hash of the seed and integer coordinates, so
 * any pixel's value is the same whichever region is painted and in whatever order.
 */
final class SceneryNoise {

    private SceneryNoise() {}

    /** A uniform value in [0, 1) for the seed and lattice point. */
    static double hash(long seed, long x, long y) {
        long z = seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL);
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        z = z ^ (z >>> 33);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** Smoothly interpolated lattice noise in [0, 1). */
    static double value(long seed, double x, double y) {
        long x0 = (long) Math.floor(x);
        long y0 = (long) Math.floor(y);
        double fx = fade(x - x0);
        double fy = fade(y - y0);
        double top = lerp(hash(seed, x0, y0), hash(seed, x0 + 1, y0), fx);
        double bottom = lerp(hash(seed, x0, y0 + 1), hash(seed, x0 + 1, y0 + 1), fx);
        return lerp(top, bottom, fy);
    }

    /** Three octaves of lattice noise, in [0, 1). */
    static double fractal(long seed, double x, double y) {
        return (4 * value(seed, x, y) + 2 * value(seed + 1, 2 * x, 2 * y) + value(seed + 2, 4 * x, 4 * y)) / 7;
    }

    private static double fade(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lerp(double a, double b, double t) {
        return a + t * (b - a);
    }
}
