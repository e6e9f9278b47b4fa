package dev.plantain.bench.upscale;

import boofcv.alg.transform.fft.DiscreteFourierTransformOps;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.InterleavedF32;
import java.awt.image.BufferedImage;

/**
 * The slope of an image's radially averaged power spectrum on log-log axes. Photographs of natural scenes fall near
 * -2 (power about 1/f², van der Schaaf and van Hateren 1996: -1.88 ± 0.43 over 276 images); a steeper slope means an
 * image with less fine detail than a photograph, which any smooth resampler enlarges well.
 */
final class SpectralSlope {

    private static final int BINS = 16;
    private static final double HIGHEST = 0.45;

    private SpectralSlope() {}

    /** The least-squares slope of log power against log frequency, from 4 cycles per image to 0.45 cycles/pixel. */
    static double of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        GrayF32 luma = windowedLuma(image);
        InterleavedF32 spectrum = new InterleavedF32(w, h, 2);
        DiscreteFourierTransformOps.createTransformF32().forward(luma, spectrum);
        double lowest = 4.0 / Math.min(w, h);
        double logLow = Math.log(lowest);
        double binWidth = (Math.log(HIGHEST) - logLow) / BINS;
        double[] power = new double[BINS];
        int[] count = new int[BINS];
        for (int v = 0; v < h; v++) {
            double fy = (v < (h + 1) / 2 ? v : v - h) / (double) h;
            for (int u = 0; u < w; u++) {
                double fx = (u < (w + 1) / 2 ? u : u - w) / (double) w;
                double f = Math.hypot(fx, fy);
                int bin = (int) Math.floor((Math.log(f) - logLow) / binWidth);
                if (f > 0 && bin >= 0 && bin < BINS) {
                    double re = spectrum.getBand(u, v, 0);
                    double im = spectrum.getBand(u, v, 1);
                    power[bin] += re * re + im * im;
                    count[bin]++;
                }
            }
        }
        return fit(power, count, logLow, binWidth);
    }

    private static double fit(double[] power, int[] count, double logLow, double binWidth) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0 && power[b] > 0) {
                double x = logLow + (b + 0.5) * binWidth;
                double y = Math.log(power[b] / count[b]);
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                n++;
            }
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    /** Luma minus its mean under a Hann window, so the image's borders do not add a spectrum of their own. */
    private static GrayF32 windowedLuma(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        GrayF32 luma = new GrayF32(w, h);
        double mean = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = image.getRGB(x, y);
                float l = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
                luma.set(x, y, l);
                mean += l;
            }
        }
        mean /= (double) w * h;
        for (int y = 0; y < h; y++) {
            double wy = 0.5 - 0.5 * Math.cos(2 * Math.PI * (y + 0.5) / h);
            for (int x = 0; x < w; x++) {
                double wx = 0.5 - 0.5 * Math.cos(2 * Math.PI * (x + 0.5) / w);
                luma.set(x, y, (float) ((luma.get(x, y) - mean) * wx * wy));
            }
        }
        return luma;
    }
}
