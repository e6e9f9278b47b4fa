package dev.plantain.blob.store;

import dev.plantain.blob.BlobRef;

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
}
