package dev.plantain.upscaler.esrgan;

import java.util.Arrays;

/**
 * The rows of the output still being blended: weighted tile outputs are added here, and rows that no later tile
 * touches are packed into the output pixels and dropped. Memory stays at one row of tiles, whatever the image size.
 */
final class BlendBand {

    private final int width;
    private final int[] target;
    private final float[] sums;
    private final int capacity;
    private int top;

    BlendBand(int width, int capacity, int[] target) {
        this.width = width;
        this.capacity = capacity;
        this.target = target;
        this.sums = new float[capacity * width * 3];
    }

    /** Adds a planar tile output whose top-left output pixel is (x0, y0), weighted per column and per row. */
    void add(float[] planar, int x0, int y0, int w, int h, float[] columnWeights, float[] rowWeights) {
        int plane = w * h;
        for (int y = 0; y < h; y++) {
            float wy = rowWeights[y];
            if (wy == 0) {
                continue;
            }
            int row = y0 + y - top;
            if (row < 0 || row >= capacity) {
                throw new IllegalStateException("tile row " + (y0 + y) + " outside the blend band from " + top);
            }
            int at = (row * width + x0) * 3;
            for (int x = 0; x < w; x++) {
                float weight = wy * columnWeights[x];
                if (weight != 0) {
                    int i = y * w + x;
                    int o = at + x * 3;
                    sums[o] += weight * planar[i];
                    sums[o + 1] += weight * planar[plane + i];
                    sums[o + 2] += weight * planar[2 * plane + i];
                }
            }
        }
    }

    /** Packs the rows before {@code row} into the output, clamped and rounded to 8 bits, and moves the band down. */
    void settle(int row) {
        int rows = row - top;
        for (int r = 0; r < rows; r++) {
            int at = r * width * 3;
            int out = (top + r) * width;
            for (int x = 0; x < width; x++) {
                int o = at + x * 3;
                target[out + x] =
                        0xff000000 | channel(sums[o]) << 16 | channel(sums[o + 1]) << 8 | channel(sums[o + 2]);
            }
        }
        int kept = (capacity - rows) * width * 3;
        System.arraycopy(sums, rows * width * 3, sums, 0, kept);
        Arrays.fill(sums, kept, sums.length, 0);
        top = row;
    }

    private static int channel(float v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
    }
}
