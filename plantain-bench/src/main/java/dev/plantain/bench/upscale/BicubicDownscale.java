package dev.plantain.bench.upscale;

import java.awt.image.BufferedImage;

/**
 * Shrinks an image the way MATLAB's {@code imresize(image, size, 'bicubic')} does, the degradation super-resolution
 * models are trained and scored on: the bicubic kernel (a = -0.5) widened by the reduction factor, so it averages
 * (antialiases) rather than point-samples, pixel centres aligned, edges mirrored, rounded to 8 bits. Java 2D's
 * bicubic hint and BoofCV's bicubic interpolation sample without widening the kernel, which aliases.
 */
public final class BicubicDownscale {

    private BicubicDownscale() {}

    public static BufferedImage resize(BufferedImage image, int width, int height) {
        int sw = image.getWidth();
        int sh = image.getHeight();
        int[] rgb = image.getRGB(0, 0, sw, sh, null, 0, sw);
        double[][] across = new double[3][width * sh];
        for (int y = 0; y < sh; y++) {
            for (int c = 0; c < 3; c++) {
                int shift = 16 - 8 * c;
                int row = y * sw;
                resample(i -> (rgb[row + i] >> shift) & 0xff, sw, width, across[c], y * width, 1);
            }
        }
        double[][] down = new double[3][width * height];
        for (int x = 0; x < width; x++) {
            for (int c = 0; c < 3; c++) {
                double[] plane = across[c];
                int column = x;
                resample(i -> plane[i * width + column], sh, height, down[c], x, width);
            }
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < width * height; i++) {
            out.setRGB(
                    i % width, i / width, channel(down[0][i]) << 16 | channel(down[1][i]) << 8 | channel(down[2][i]));
        }
        return out;
    }

    /** One line of {@code from} samples resampled to {@code to}, written to {@code out} at a stride. */
    private static void resample(
            java.util.function.IntToDoubleFunction line, int from, int to, double[] out, int start, int stride) {
        double scale = (double) to / from;
        double widen = Math.min(scale, 1);
        double support = 2 / widen;
        for (int o = 0; o < to; o++) {
            double u = (o + 0.5) / scale - 0.5;
            int first = (int) Math.floor(u - support);
            double sum = 0;
            double weights = 0;
            for (int k = first; k <= (int) Math.ceil(u + support); k++) {
                double w = widen * cubic((u - k) * widen);
                if (w != 0) {
                    sum += w * line.applyAsDouble(mirror(k, from));
                    weights += w;
                }
            }
            out[start + o * stride] = sum / weights;
        }
    }

    private static double cubic(double x) {
        double a = Math.abs(x);
        if (a <= 1) {
            return (1.5 * a - 2.5) * a * a + 1;
        }
        return a < 2 ? ((-0.5 * a + 2.5) * a - 4) * a + 2 : 0;
    }

    private static int mirror(int i, int length) {
        int m = Math.floorMod(i, 2 * length);
        return m < length ? m : 2 * length - 1 - m;
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
