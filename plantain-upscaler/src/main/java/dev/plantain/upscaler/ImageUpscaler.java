package dev.plantain.upscaler;

import java.awt.image.BufferedImage;

/** The upscaler stage's port: enlarges the chosen candidate to the delivered size. */
public interface ImageUpscaler {

    /** The image resampled to exactly {@code width} x {@code height}. */
    BufferedImage upscale(BufferedImage image, int width, int height);

    /** A short name for results and metadata ("lanczos3"). */
    String name();
}
