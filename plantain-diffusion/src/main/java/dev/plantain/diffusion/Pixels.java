package dev.plantain.diffusion;

import java.awt.image.BufferedImage;

/** Conversions between images and the VAE's planar RGB in -1..1, and the masks inpainting works with. */
final class Pixels {

    private Pixels() {}

    static float[] toPlanar(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int plane = w * h;
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        float[] out = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            int p = rgb[i];
            out[i] = ((p >> 16) & 0xff) / 127.5f - 1;
            out[plane + i] = ((p >> 8) & 0xff) / 127.5f - 1;
            out[2 * plane + i] = (p & 0xff) / 127.5f - 1;
        }
        return out;
    }

    static BufferedImage toImage(float[] planar, int width, int height) {
        int plane = width * height;
        int[] rgb = new int[plane];
        for (int i = 0; i < plane; i++) {
            rgb[i] = channel(planar[i]) << 16 | channel(planar[plane + i]) << 8 | channel(planar[2 * plane + i]);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    private static int channel(float v) {
        return Math.round(Math.max(0, Math.min(1, (v + 1) / 2)) * 255);
    }

    /** One value per latent: 1 where any pixel the latent covers is masked, else 0. */
    static float[] latentMask(boolean[] mask, int width, int height, int factor) {
        int w = width / factor;
        int h = height / factor;
        float[] out = new float[w * h];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (mask[y * width + x]) {
                    out[(y / factor) * w + x / factor] = 1;
                }
            }
        }
        return out;
    }

    /** The original's pixels outside the mask, the drawn image's inside it. */
    static BufferedImage composite(BufferedImage original, BufferedImage drawn, boolean[] mask) {
        int w = original.getWidth();
        int h = original.getHeight();
        int[] out = original.getRGB(0, 0, w, h, null, 0, w);
        int[] inside = drawn.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < out.length; i++) {
            if (mask[i]) {
                out[i] = inside[i];
            }
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, out, 0, w);
        return image;
    }
}
