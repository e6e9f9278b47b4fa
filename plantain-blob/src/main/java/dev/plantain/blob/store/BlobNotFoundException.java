package dev.plantain.blob.store;

import dev.plantain.blob.BlobRef;

/** A reference that names no blob in the store. */
public class BlobNotFoundException extends RuntimeException {

    public BlobNotFoundException(BlobRef ref, String store) {
        super("blob " + ref + " is not in " + store);
    }
}
