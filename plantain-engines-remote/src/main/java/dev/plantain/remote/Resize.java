package dev.plantain.remote;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Resamples an image to a size with bicubic interpolation, halving first when shrinking a lot, so it stays smooth. */
public final class Resize {

    private Resize() {}

    public static BufferedImage to(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * width && current.getHeight() >= 2 * height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height && current != image
                ? current
                : draw(current, width, height);
    }

    /** The part of {@code image} in the rectangle, as its own image. */
    public static BufferedImage crop(BufferedImage image, int x, int y, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, -x, -y, null);
        g.dispose();
        return out;
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
