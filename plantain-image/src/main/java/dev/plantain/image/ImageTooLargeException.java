package dev.plantain.image;

/** An image over the configured pixel limit, refused before decoding. */
public class ImageTooLargeException extends ImageDecodeException {

    public ImageTooLargeException(int width, int height, long maxPixels) {
        super("image is " + width + "x" + height + " (" + (long) width * height + " pixels), over the limit of "
                + maxPixels + " pixels (plantain.max-image-pixels)");
    }
}
