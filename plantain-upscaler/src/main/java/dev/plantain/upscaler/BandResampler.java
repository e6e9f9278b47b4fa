package dev.plantain.upscaler;

/** Resamples one band of target rows: the source rows it reads horizontally, then those vertically. */
final class BandResampler {

    private final int[] source;
    private final int sourceWidth;
    private final int[] target;
    private final int width;
    private final int channels;
    private final LanczosWeights columns;
    private final LanczosWeights rows;

    BandResampler(
            int[] source,
            int sourceWidth,
            int[] target,
            int width,
            int channels,
            LanczosWeights columns,
            LanczosWeights rows) {
        this.source = source;
        this.sourceWidth = sourceWidth;
        this.target = target;
        this.width = width;
        this.channels = channels;
        this.columns = columns;
        this.rows = rows;
    }

    /** Fills target rows {@code from} (inclusive) to {@code to}. */
    void resample(int from, int to) {
        int[] span = rows.span(from, to);
        int stride = width * channels;
        float[] wide = new float[(span[1] - span[0] + 1) * stride];
        for (int y = span[0]; y <= span[1]; y++) {
            horizontal(y, wide, (y - span[0]) * stride);
        }
        float[] line = new float[stride];
        for (int y = from; y < to; y++) {
            java.util.Arrays.fill(line, 0);
            for (int t = 0; t < rows.taps; t++) {
                float w = rows.weight[y * rows.taps + t];
                if (w == 0) {
                    continue;
                }
                int offset = (rows.index[y * rows.taps + t] - span[0]) * stride;
                for (int i = 0; i < stride; i++) {
                    line[i] += w * wide[offset + i];
                }
            }
            pack(line, y * width);
        }
    }

    private void horizontal(int y, float[] wide, int at) {
        int row = y * sourceWidth;
        int taps = columns.taps;
        for (int x = 0; x < width; x++) {
            float a = 0;
            float r = 0;
            float g = 0;
            float b = 0;
            for (int t = 0; t < taps; t++) {
                float w = columns.weight[x * taps + t];
                int p = source[row + columns.index[x * taps + t]];
                a += w * (p >>> 24);
                r += w * ((p >> 16) & 0xff);
                g += w * ((p >> 8) & 0xff);
                b += w * (p & 0xff);
            }
            int o = at + x * channels;
            wide[o] = r;
            wide[o + 1] = g;
            wide[o + 2] = b;
            if (channels == 4) {
                wide[o + 3] = a;
            }
        }
    }

    private void pack(float[] line, int at) {
        for (int x = 0; x < width; x++) {
            int o = x * channels;
            int alpha = channels == 4 ? clamp(line[o + 3]) : 0xff;
            target[at + x] = alpha << 24 | clamp(line[o]) << 16 | clamp(line[o + 1]) << 8 | clamp(line[o + 2]);
        }
    }

    private static int clamp(float v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
    }
}
