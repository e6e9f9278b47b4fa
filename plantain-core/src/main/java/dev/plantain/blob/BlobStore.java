package dev.plantain.blob;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed storage for images (the claim check): the same bytes always land on the same reference, so
 * retries and replays are harmless.
 */
public interface BlobStore {

    /** Stores the bytes, if not already there, and returns their reference. */
    BlobRef put(byte[] bytes);

    /** The bytes of a blob; throws {@link BlobNotFoundException} when it is absent. */
    byte[] get(BlobRef ref);

    boolean exists(BlobRef ref);

    /** Where the store keeps its blobs, for messages and logs. */
    String describe();

    /** The reference the given bytes have in any store. */
    static BlobRef refOf(byte[] bytes) {
        try {
            return new BlobRef(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
