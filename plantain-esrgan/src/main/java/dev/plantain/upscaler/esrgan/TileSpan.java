package dev.plantain.upscaler.esrgan;

import java.util.ArrayList;
import java.util.List;

/**
 * One tile's extent along one axis, in input pixels: the core it is responsible for, and the crop it is run on (the
 * core widened by half the blend band and the context margin towards a neighbour, by the margin alone past the
 * image's edge, where the crop reads the image mirrored). Along an edge shared with a neighbour, its weight ramps
 * linearly across the blend band centred on the edge, complementary to the neighbour's, so the weights of every
 * output pixel sum to one; outside the image they are zero.
 */
record TileSpan(int core0, int core1, int crop0, int crop1, int length, int blend) {

    /** Splits {@code length} into equal cores of at most {@code tile} pixels. */
    static List<TileSpan> split(int length, int tile, int margin, int blend) {
        int count = Math.max(1, (length + tile - 1) / tile);
        List<TileSpan> spans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int core0 = (int) ((long) i * length / count);
            int core1 = (int) ((long) (i + 1) * length / count);
            int reach = blend / 2 + margin;
            spans.add(new TileSpan(
                    core0,
                    core1,
                    core0 == 0 ? -margin : core0 - reach,
                    core1 == length ? length + margin : core1 + reach,
                    length,
                    blend));
        }
        return spans;
    }

    int cropSize() {
        return crop1 - crop0;
    }

    /** The weight of each output pixel of the crop (enlarged {@code scale} times) along this axis. */
    float[] weights(int scale) {
        float[] weights = new float[cropSize() * scale];
        double half = blend / 2.0;
        for (int i = 0; i < weights.length; i++) {
            int at = crop0 * scale + i;
            if (at < 0 || at >= length * scale) {
                continue;
            }
            double u = (at + 0.5) / scale;
            double left = core0 == 0 ? 1 : clamp((u - (core0 - half)) / blend);
            double right = core1 == length ? 1 : clamp((core1 + half - u) / blend);
            weights[i] = (float) Math.min(left, right);
        }
        return weights;
    }

    /** The first output row (or column) that a following tile can still add to. */
    int settledBefore(int scale) {
        return core1 == length ? length * scale : (core1 - blend / 2) * scale;
    }

    /**
     * The image pixel a crop position reads: positions past either edge mirror back into the image (the edge pixel
     * repeated, as MATLAB's {@code symmetric} padding), so the network sees plausible context there instead of the
     * zeros its own padding would give, which darken the rim of every output.
     */
    static int mirror(int position, int length) {
        int m = Math.floorMod(position, 2 * length);
        return m < length ? m : 2 * length - 1 - m;
    }

    private static double clamp(double v) {
        return v <= 0 ? 0 : v >= 1 ? 1 : v;
    }
}
