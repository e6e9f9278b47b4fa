package dev.plantain.render;

/**
 * Neighbourhood filters over a region's row-major float plane, reading past the region's edge as its edge pixel:
 * box blur and square minimum and maximum. A pixel's result depends only on pixels within the radius.
 */
final class Filters {

    /** The fixed-point scale of the box sums. */
    private static final double FIXED = 1 << 24;

    private Filters() {}

    /** A box blur of the given radius applied twice (a tent of reach {@code 2 * radius}). */
    static float[] blur(float[] plane, int width, int height, int radius) {
        float[] once = boxY(boxX(plane, width, height, radius), width, height, radius);
        return boxY(boxX(once, width, height, radius), width, height, radius);
    }

    /** The largest (or with {@code max} false, the smallest) value in the square of the given radius. */
    static float[] extreme(float[] plane, int width, int height, int radius, boolean max) {
        float[] rows = new float[plane.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float best = plane[y * width + x];
                for (int d = -radius; d <= radius; d++) {
                    float v = plane[y * width + clamp(x + d, width)];
                    best = max ? Math.max(best, v) : Math.min(best, v);
                }
                rows[y * width + x] = best;
            }
        }
        float[] result = new float[plane.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float best = rows[y * width + x];
                for (int d = -radius; d <= radius; d++) {
                    float v = rows[clamp(y + d, height) * width + x];
                    best = max ? Math.max(best, v) : Math.min(best, v);
                }
                result[y * width + x] = best;
            }
        }
        return result;
    }

    /**
     * Box sums run along each row in fixed point (each value rounded to 2^-24 on its own, so the running sum is exact
     * and a pixel's result depends only on the values in its window, wherever the region starts).
     */
    private static float[] boxX(float[] plane, int width, int height, int radius) {
        float[] result = new float[plane.length];
        double norm = FIXED * (2 * radius + 1);
        for (int y = 0; y < height; y++) {
            int row = y * width;
            long sum = 0;
            for (int d = -radius; d <= radius; d++) {
                sum += fixed(plane[row + clamp(d, width)]);
            }
            for (int x = 0; x < width; x++) {
                result[row + x] = (float) (sum / norm);
                sum += fixed(plane[row + clamp(x + radius + 1, width)]) - fixed(plane[row + clamp(x - radius, width)]);
            }
        }
        return result;
    }

    /** As {@link #boxX} down each column, keeping one running sum per column so rows are read in order. */
    private static float[] boxY(float[] plane, int width, int height, int radius) {
        float[] result = new float[plane.length];
        double norm = FIXED * (2 * radius + 1);
        long[] sums = new long[width];
        for (int d = -radius; d <= radius; d++) {
            int row = clamp(d, height) * width;
            for (int x = 0; x < width; x++) {
                sums[x] += fixed(plane[row + x]);
            }
        }
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int in = clamp(y + radius + 1, height) * width;
            int out = clamp(y - radius, height) * width;
            for (int x = 0; x < width; x++) {
                result[row + x] = (float) (sums[x] / norm);
                sums[x] += fixed(plane[in + x]) - fixed(plane[out + x]);
            }
        }
        return result;
    }

    private static long fixed(float value) {
        return Math.round(value * FIXED);
    }

    private static int clamp(int i, int size) {
        return i < 0 ? 0 : i >= size ? size - 1 : i;
    }
}
