package dev.plantain.remote;

import dev.plantain.failure.DependencyFailure;
import dev.plantain.image.ImageCodec;
import dev.plantain.image.ImageDecodeException;
import dev.plantain.image.ImageTooLargeException;
import java.awt.image.BufferedImage;
import java.util.Base64;

/**
 * Turns the bytes a model server sent as an image into packed RGB, refusing (permanently, with the reason) what is
 * not an image, is truncated, or is larger than {@code plantain.max-image-pixels}: the header is read before any
 * pixel buffer is allocated.
 */
public final class ImageAnswer {

    private final String dependency;
    private final ImageCodec codec;

    public ImageAnswer(String dependency, long maxImagePixels) {
        this.dependency = dependency;
        this.codec = new ImageCodec(maxImagePixels);
    }

    public BufferedImage decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw DependencyFailure.permanent(dependency, dependency + " answered an empty image", null);
        }
        try {
            return ImageCodec.toRgb(codec.decode(bytes));
        } catch (ImageTooLargeException e) {
            throw DependencyFailure.permanent(
                    dependency, dependency + " answered an image too large: " + e.getMessage(), e);
        } catch (ImageDecodeException e) {
            throw DependencyFailure.permanent(
                    dependency, dependency + " answered something that is not a whole image: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // decoders signal a cut-off stream in their own ways (EOF, array bounds, inflater errors)
            throw DependencyFailure.permanent(
                    dependency, dependency + " answered a truncated or corrupt image: " + e, e);
        }
    }

    public BufferedImage decodeBase64(String base64) {
        try {
            return decode(Base64.getMimeDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw DependencyFailure.permanent(dependency, dependency + " answered an image that is not base64", e);
        }
    }
}
