package dev.plantain.draft;

/**
 * Neighbourhood filters over a region's row-major float plane, reading past the region's edge as its edge pixel:
 * box blur and square minimum and maximum. A pixel's result depends only on pixels within the radius.
 */
final class Filters {

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

    private static float[] boxX(float[] plane, int width, int height, int radius) {
        float[] result = new float[plane.length];
        float norm = 1f / (2 * radius + 1);
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                double sum = 0;
                for (int d = -radius; d <= radius; d++) {
                    sum += plane[row + clamp(x + d, width)];
                }
                result[row + x] = (float) (sum * norm);
            }
        }
        return result;
    }

    private static float[] boxY(float[] plane, int width, int height, int radius) {
        float[] result = new float[plane.length];
        float norm = 1f / (2 * radius + 1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sum = 0;
                for (int d = -radius; d <= radius; d++) {
                    sum += plane[clamp(y + d, height) * width + x];
                }
                result[y * width + x] = (float) (sum * norm);
            }
        }
        return result;
    }

    private static int clamp(int i, int size) {
        return i < 0 ? 0 : i >= size ? size - 1 : i;
    }
}
