package dev.plantain.blob.store;

import dev.plantain.blob.BlobRef;

/**
 * Content-addressed storage for images (the claim check): the same bytes always land on the same reference, so
 * retries and replays are harmless.
 */
public interface BlobStore {

    /**
     * The name its failures carry ({@link dev.plantain.failure.DependencyFailure#dependency()}), as in
     * {@code plantain.outage.blob-store.max-wait}.
     */
    String DEPENDENCY = "blob-store";

    /** Stores the bytes, if not already there, and returns their reference. */
    BlobRef put(byte[] bytes);

    /**
     * The bytes of a blob. A blob that is absent from a store that answers can never appear (its reference is the
     * hash of bytes some stage stored first): that is a permanent {@link dev.plantain.failure.DependencyFailure}
     * caused by {@link BlobNotFoundException}; a store that is away throws a transient one.
     */
    byte[] get(BlobRef ref);

    boolean exists(BlobRef ref);

    /** Throws a transient {@link dev.plantain.failure.DependencyFailure} while the store is away; else returns. */
    default void probe() {
        exists(BlobRef.of(new byte[0]));
    }

    /** Where the store keeps its blobs, for messages and logs. */
    String describe();
}
