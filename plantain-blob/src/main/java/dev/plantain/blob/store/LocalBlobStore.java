package dev.plantain.blob.store;

import dev.plantain.blob.BlobRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Blobs as files in a directory shared by the services on one machine, fanned out by the first two hex digits.
 * Writes go to a temporary file and are moved into place, so a reader never sees half a blob.
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
            throw new UncheckedIOException("cannot write blob " + ref + " to " + root, e);
        }
    }

    @Override
    public byte[] get(BlobRef ref) {
        try {
            return Files.readAllBytes(pathOf(ref));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(ref, describe());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + ref + " from " + root, e);
        }
    }

    @Override
    public boolean exists(BlobRef ref) {
        return Files.exists(pathOf(ref));
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
