package dev.plantain.verifier;

import java.util.Optional;

/**
 * Tells a picture from a blank canvas, a single flat colour, noise or a picture partly overwritten by garbage, on
 * which no other check can be trusted.
 */
final class ImageSanity {

    /** Below this share of foreground the image is one flat colour. */
    static final double BLANK_SHARE = 0.0005;
    /** Above this share of foreground, with rough texture, the image is noise. */
    static final double NOISE_SHARE = 0.6;
    /** Mean lightness step between neighbouring pixels above which texture is noise, not drawing. */
    static final double NOISE_ROUGHNESS = 10;

    private ImageSanity() {}

    /** Why the image is not a picture, or empty when it is one. */
    static Optional<String> problem(WorkingImage image, Segmentation segmentation) {
        if (segmentation.foregroundShare < BLANK_SHARE) {
            return Optional.of(String.format(
                    "the image is blank: a single flat colour #%06X", segmentation.background & 0xffffff));
        }
        double roughness = roughness(image);
        if (segmentation.foregroundShare > NOISE_SHARE && roughness > NOISE_ROUGHNESS) {
            return Optional.of(String.format(
                    "the image is noise: %.0f%% foreground, mean lightness step %.0f",
                    100 * segmentation.foregroundShare, roughness));
        }
        return GarbageTiles.find(image);
    }

    private static double roughness(WorkingImage image) {
        double sum = 0;
        long n = 0;
        for (int y = 0; y < image.height; y++) {
            int row = y * image.width;
            float previous = ColourTable.lightness(ColourTable.index(image.rgb[row]));
            for (int x = 1; x < image.width; x++) {
                float l = ColourTable.lightness(ColourTable.index(image.rgb[row + x]));
                sum += Math.abs(l - previous);
                previous = l;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
