package dev.plantain.upscaler.esrgan;

import dev.plantain.image.ImageTooLargeException;
import java.awt.image.BufferedImage;

/**
 * One upscale as the service and the CLI both do it: the output size checked against the pixel limit before any
 * work, then the chosen engine, with what was used and any fallback warning reported alongside the image.
 */
public final class Upscaling {

    /** An upscaled image, the engine that made it, the fallback warning (or null) and the milliseconds it took. */
    public record Outcome(BufferedImage image, String engine, String warning, long millis) {}

    private final UpscalerChoice choice;
    private final long maxPixels;

    public Upscaling(UpscalerChoice choice, long maxPixels) {
        this.choice = choice;
        this.maxPixels = maxPixels;
    }

    /**
     * @throws ImageTooLargeException when the input or the output is over the pixel limit
     */
    public Outcome upscale(BufferedImage image, int width, int height) {
        if ((long) image.getWidth() * image.getHeight() > maxPixels) {
            throw new ImageTooLargeException(image.getWidth(), image.getHeight(), maxPixels);
        }
        if ((long) width * height > maxPixels) {
            throw new ImageTooLargeException(width, height, maxPixels);
        }
        long start = System.nanoTime();
        BufferedImage out = choice.upscaler().upscale(image, width, height);
        return new Outcome(out, choice.upscaler().name(), choice.warning(), (System.nanoTime() - start) / 1_000_000);
    }

    public String engine() {
        return choice.upscaler().name();
    }

    public String warning() {
        return choice.warning();
    }
}
