package dev.plantain.verifier;

import dev.plantain.plan.Box;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** The image's pixels at a working resolution of at most {@value #MAX_SIDE} on the long side, box-averaged. */
final class WorkingImage {

    static final int MAX_SIDE = 1024;

    final int scale;
    final int width;
    final int height;
    final int fullWidth;
    final int fullHeight;
    final int[] rgb;

    private WorkingImage(int scale, int width, int height, int fullWidth, int fullHeight, int[] rgb) {
        this.scale = scale;
        this.width = width;
        this.height = height;
        this.fullWidth = fullWidth;
        this.fullHeight = fullHeight;
        this.rgb = rgb;
    }

    static WorkingImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int scale = Math.max(1, (Math.max(w, h) + MAX_SIDE - 1) / MAX_SIDE);
        int[] full = pixels(image);
        if (scale == 1) {
            return new WorkingImage(1, w, h, w, h, full);
        }
        int sw = (w + scale - 1) / scale;
        int sh = (h + scale - 1) / scale;
        int[] sums = new int[sw * 4];
        int[] out = new int[sw * sh];
        for (int sy = 0; sy < sh; sy++) {
            java.util.Arrays.fill(sums, 0);
            for (int y = sy * scale; y < Math.min(h, (sy + 1) * scale); y++) {
                int row = y * w;
                for (int x = 0; x < w; x++) {
                    int p = full[row + x];
                    int s = (x / scale) * 4;
                    sums[s] += (p >> 16) & 0xff;
                    sums[s + 1] += (p >> 8) & 0xff;
                    sums[s + 2] += p & 0xff;
                    sums[s + 3]++;
                }
            }
            for (int sx = 0; sx < sw; sx++) {
                int n = sums[sx * 4 + 3];
                out[sy * sw + sx] = ((sums[sx * 4] / n) << 16) | ((sums[sx * 4 + 1] / n) << 8) | (sums[sx * 4 + 2] / n);
            }
        }
        return new WorkingImage(scale, sw, sh, w, h, out);
    }

    /** The full-resolution box of an inclusive working-pixel rectangle, clipped to the canvas. */
    Box toFull(int minX, int minY, int maxX, int maxY) {
        int x = minX * scale;
        int y = minY * scale;
        return new Box(x, y, Math.min(fullWidth, (maxX + 1) * scale) - x, Math.min(fullHeight, (maxY + 1) * scale) - y);
    }

    private static int[] pixels(BufferedImage image) {
        int type = image.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt data
                && data.getNumBanks() == 1
                && data.getSize() == image.getWidth() * image.getHeight()
                && image.getRaster().getParent() == null) {
            return data.getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
