package dev.plantain.blob.store;

import dev.plantain.blob.BlobRef;
import dev.plantain.failure.DependencyFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Blobs as files in a directory shared by the services on one machine, fanned out by the first two hex digits.
 * Writes go to a temporary file and are moved into place, so a reader never sees half a blob. An I/O error, or the
 * directory itself gone (an unmounted volume), is a transient failure of the store; a blob missing from the
 * directory that is there is a permanent one.
 */
public final class LocalBlobStore implements BlobStore {

    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blob directory " + this.root, e);
        }
    }

    @Override
    public BlobRef put(byte[] bytes) {
        BlobRef ref = BlobRef.of(bytes);
        Path target = pathOf(ref);
        if (Files.exists(target)) {
            return ref;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ref.sha256(), ".part");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return ref;
        } catch (IOException e) {
            throw away("cannot write blob " + ref + " to " + root, e);
        }
    }

    @Override
    public byte[] get(BlobRef ref) {
        try {
            return Files.readAllBytes(pathOf(ref));
        } catch (NoSuchFileException e) {
            if (!Files.isDirectory(root)) {
                throw away("cannot read blob " + ref + ": the store's directory " + root + " is gone", e);
            }
            BlobNotFoundException missing = new BlobNotFoundException(ref, describe());
            throw DependencyFailure.permanent(DEPENDENCY, missing.getMessage(), missing);
        } catch (IOException e) {
            throw away("cannot read blob " + ref + " from " + root, e);
        }
    }

    @Override
    public boolean exists(BlobRef ref) {
        if (!Files.isDirectory(root)) {
            throw away("the store's directory " + root + " is gone", null);
        }
        return Files.exists(pathOf(ref));
    }

    private static DependencyFailure away(String message, IOException e) {
        return DependencyFailure.transientFailure(DEPENDENCY, message + (e == null ? "" : ": " + e), null, e);
    }

    @Override
    public String describe() {
        return "local blob store " + root;
    }

    /** The file of a blob; a {@link BlobRef} holds only hex digits, and the result is checked to stay under root. */
    Path pathOf(BlobRef ref) {
        String hex = ref.sha256();
        Path path = root.resolve(hex.substring(0, 2)).resolve(hex).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("blob reference escapes the store: " + ref);
        }
        return path;
    }
}
