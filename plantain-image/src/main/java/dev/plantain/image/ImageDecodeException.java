package dev.plantain.image;

/** Bytes that are not a readable image. */
public class ImageDecodeException extends RuntimeException {

    public ImageDecodeException(String message) {
        super(message);
    }
}
