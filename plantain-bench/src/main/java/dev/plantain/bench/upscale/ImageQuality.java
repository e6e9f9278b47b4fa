package dev.plantain.bench.upscale;

import java.awt.image.BufferedImage;

/**
 * Full-reference quality of a reconstruction against the original: PSNR over the RGB channels or on Y alone, and
 * SSIM on luma (BT.601) over 8x8 windows moved 4 pixels at a time, with the usual constants for 8-bit images.
 */
final class ImageQuality {

    private ImageQuality() {}

    static double psnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int s = 0; s < 24; s += 8) {
                    double d = ((p >> s) & 0xff) - ((q >> s) & 0xff);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (3.0 * a.getWidth() * a.getHeight());
        return mse == 0 ? 99 : 10 * Math.log10(255 * 255 / mse);
    }

    /** PSNR of the Y channel as super-resolution papers compute it: BT.601 studio range (16-235), MATLAB's rgb2ycbcr. */
    static double psnrY(BufferedImage a, BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                double d = studioY(a.getRGB(x, y)) - studioY(b.getRGB(x, y));
                sum += d * d;
            }
        }
        double mse = sum / ((double) a.getWidth() * a.getHeight());
        return mse == 0 ? 99 : 10 * Math.log10(255 * 255 / mse);
    }

    private static double studioY(int rgb) {
        return 16 + (65.481 * ((rgb >> 16) & 0xff) + 128.553 * ((rgb >> 8) & 0xff) + 24.966 * (rgb & 0xff)) / 255;
    }

    static double ssim(BufferedImage a, BufferedImage b) {
        double[] la = luma(a);
        double[] lb = luma(b);
        int w = a.getWidth();
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double total = 0;
        int windows = 0;
        for (int y = 0; y + 8 <= a.getHeight(); y += 4) {
            for (int x = 0; x + 8 <= w; x += 4) {
                double ma = 0, mb = 0, va = 0, vb = 0, cov = 0;
                for (int dy = 0; dy < 8; dy++) {
                    for (int dx = 0; dx < 8; dx++) {
                        int i = (y + dy) * w + x + dx;
                        ma += la[i];
                        mb += lb[i];
                    }
                }
                ma /= 64;
                mb /= 64;
                for (int dy = 0; dy < 8; dy++) {
                    for (int dx = 0; dx < 8; dx++) {
                        int i = (y + dy) * w + x + dx;
                        va += (la[i] - ma) * (la[i] - ma);
                        vb += (lb[i] - mb) * (lb[i] - mb);
                        cov += (la[i] - ma) * (lb[i] - mb);
                    }
                }
                va /= 63;
                vb /= 63;
                cov /= 63;
                total += (2 * ma * mb + c1) * (2 * cov + c2) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
                windows++;
            }
        }
        return total / windows;
    }

    private static double[] luma(BufferedImage image) {
        double[] luma = new double[image.getWidth() * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                luma[y * image.getWidth() + x] =
                        0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff);
            }
        }
        return luma;
    }
}
