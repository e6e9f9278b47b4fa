package dev.plantain.messages;

import dev.plantain.blob.BlobRef;
import java.util.Objects;

/** An image in the blob store and its size: how images travel between stages (never as bytes in a record). */
public record ImageRef(BlobRef blob, int width, int height) {

    public ImageRef {
        Objects.requireNonNull(blob, "blob");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
    }
}
