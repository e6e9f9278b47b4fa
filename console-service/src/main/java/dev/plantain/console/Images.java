package dev.plantain.console;

import dev.plantain.blob.BlobRef;
import dev.plantain.blob.store.BlobNotFoundException;
import dev.plantain.blob.store.BlobStore;
import dev.plantain.failure.DependencyFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * Images by blob reference ({@code /blobs/<64 hex digits>}). The reference is checked to be a SHA-256 digest before
 * the store is asked, so nothing a request names reaches the file system but a digest the store maps itself.
 */
@ApplicationScoped
public class Images {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    /** A blob's bytes and the content type to serve them as. */
    public record Image(byte[] bytes, String type) {}

    @Inject
    BlobStore blobs;

    public Image image(String digest) {
        BlobRef ref;
        try {
            ref = digest != null && digest.startsWith("sha256:") ? BlobRef.parse(digest) : new BlobRef(digest);
        } catch (IllegalArgumentException e) {
            throw new ConsoleException(
                    400,
                    "Not a blob reference",
                    "An image is addressed by its SHA-256: 64 lowercase hex digits, with or without 'sha256:'.");
        }
        byte[] bytes;
        try {
            bytes = blobs.get(ref);
        } catch (BlobNotFoundException e) {
            throw missing(ref);
        } catch (DependencyFailure e) {
            if (!e.isTransient()) {
                throw missing(ref);
            }
            throw new ConsoleException(
                    503, "Blob store unavailable", "The blob store cannot be reached: " + e.getMessage());
        }
        boolean png = bytes.length >= PNG.length && Arrays.equals(bytes, 0, PNG.length, PNG, 0, PNG.length);
        return new Image(bytes, png ? "image/png" : "application/octet-stream");
    }

    private static ConsoleException missing(BlobRef ref) {
        return new ConsoleException(404, "No such image", "The blob store has no blob " + ref + ".");
    }
}
