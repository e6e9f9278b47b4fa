package dev.plantain.upscaler;

import java.awt.image.BufferedImage;

/**
 * Benchmark only ({@code plantain.upscaler.engine=instant}): a blank image of the asked size, made at once, so that
 * {@code ./plantain bench} measures what the pipeline costs without the engines.
 */
public final class InstantUpscaler implements ImageUpscaler {

    @Override
    public BufferedImage upscale(BufferedImage image, int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public String name() {
        return "instant";
    }
}
