package dev.plantain.blob.store;

import dev.plantain.image.ImageCodec;
import dev.plantain.image.PngText;
import dev.plantain.messages.ImageRef;
import java.awt.image.BufferedImage;

/** Images in the blob store: stored as PNG, loaded within the pixel limit. */
public final class ImageStore {

    private final BlobStore blobs;
    private final ImageCodec codec;

    public ImageStore(BlobStore blobs, ImageCodec codec) {
        this.blobs = blobs;
        this.codec = codec;
    }

    public ImageRef save(BufferedImage image) {
        return new ImageRef(blobs.put(ImageCodec.encodePng(image)), image.getWidth(), image.getHeight());
    }

    /** Stores the image as PNG carrying the given text chunks (keyword to text, in order). */
    public ImageRef save(BufferedImage image, java.util.Map<String, String> text) {
        return new ImageRef(blobs.put(PngText.encode(image, text)), image.getWidth(), image.getHeight());
    }

    /** The image in packed RGB. */
    public BufferedImage load(ImageRef ref) {
        return ImageCodec.toRgb(codec.decode(blobs.get(ref.blob())));
    }

    public BlobStore blobs() {
        return blobs;
    }

    public ImageCodec codec() {
        return codec;
    }
}
