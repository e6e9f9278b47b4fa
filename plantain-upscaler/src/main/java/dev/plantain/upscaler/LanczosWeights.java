package dev.plantain.upscaler;

/**
 * Lanczos-3 weights mapping one axis of the source onto one axis of the target, precomputed once per resize: for
 * each target position, a fixed number of clamped source indices and their normalised weights. When shrinking,
 * the kernel is stretched by the reduction factor so that it also filters out what the target cannot hold.
 */
final class LanczosWeights {

    static final int LOBES = 3;

    final int taps;
    final int[] index;
    final float[] weight;

    private LanczosWeights(int taps, int[] index, float[] weight) {
        this.taps = taps;
        this.index = index;
        this.weight = weight;
    }

    static LanczosWeights of(int source, int target) {
        double scale = target / (double) source;
        double stretch = Math.max(1, 1 / scale);
        double support = LOBES * stretch;
        int taps = 2 * (int) Math.ceil(support) + 1;
        int[] index = new int[target * taps];
        float[] weight = new float[target * taps];
        for (int i = 0; i < target; i++) {
            double center = (i + 0.5) / scale - 0.5;
            int first = (int) Math.ceil(center - support);
            double sum = 0;
            for (int t = 0; t < taps; t++) {
                double w = kernel((first + t - center) / stretch);
                weight[i * taps + t] = (float) w;
                index[i * taps + t] = Math.max(0, Math.min(source - 1, first + t));
                sum += w;
            }
            for (int t = 0; t < taps; t++) {
                weight[i * taps + t] = (float) (weight[i * taps + t] / sum);
            }
        }
        return new LanczosWeights(taps, index, weight);
    }

    /** The lowest and highest source index any of the targets {@code from} (inclusive) to {@code to} reads. */
    int[] span(int from, int to) {
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int k = from * taps; k < to * taps; k++) {
            low = Math.min(low, index[k]);
            high = Math.max(high, index[k]);
        }
        return new int[] {low, high};
    }

    static double kernel(double x) {
        if (x == 0) {
            return 1;
        }
        if (Math.abs(x) >= LOBES) {
            return 0;
        }
        double px = Math.PI * x;
        return LOBES * Math.sin(px) * Math.sin(px / LOBES) / (px * px);
    }
}
