package dev.plantain.bench.upscale;

import dev.plantain.upscaler.ImageUpscaler;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Java 2D's bicubic interpolation, the benchmark's second classical baseline. */
final class BicubicUpscaler implements ImageUpscaler {

    @Override
    public BufferedImage upscale(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    @Override
    public String name() {
        return "bicubic";
    }
}
