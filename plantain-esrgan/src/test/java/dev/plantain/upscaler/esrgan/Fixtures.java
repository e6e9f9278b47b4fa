package dev.plantain.upscaler.esrgan;

import java.awt.image.BufferedImage;
import java.util.Random;

/** Small seeded test images with structure at every scale: gradients, edges, a disc and a little noise. */
final class Fixtures {

    private Fixtures() {}

    static BufferedImage texture(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        double fx = 0.05 + random.nextDouble() * 0.2;
        double fy = 0.05 + random.nextDouble() * 0.2;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double wave = 127 + 100 * Math.sin(x * fx) * Math.cos(y * fy);
                boolean disc = Math.hypot(x - width / 2.0, y - height / 2.0) < Math.min(width, height) / 4.0;
                int r = clamp(disc ? 230 : wave + random.nextGaussian() * 8);
                int g = clamp(x * 255.0 / width);
                int b = clamp(x > width / 3 && y % 16 < 8 ? 40 : 200 - wave / 2);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    static float[] planar(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] planar = new float[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = image.getRGB(x, y);
                planar[y * w + x] = (p >> 16) & 0xff;
                planar[w * h + y * w + x] = (p >> 8) & 0xff;
                planar[2 * w * h + y * w + x] = p & 0xff;
            }
        }
        return planar;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
