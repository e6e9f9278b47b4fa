package dev.plantain.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local blob store gone for a while, as when its volume is unmounted: the directory is moved aside and a plain
 * file stands in its place, so every read and write of a blob fails with an I/O error (not "no such blob") until
 * the directory is put back.
 */
final class BlobOutage implements AutoCloseable {

    private final Path dir;
    private final Path aside;

    private BlobOutage(Path dir) {
        this.dir = dir;
        this.aside = dir.resolveSibling(dir.getFileName() + ".unavailable");
    }

    /** Takes the store at this directory away until {@link #close}. */
    static BlobOutage begin(Path dir) {
        BlobOutage outage = new BlobOutage(dir);
        try {
            Files.move(dir, outage.aside);
            Files.writeString(dir, "the blob store is unavailable\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the blob store " + dir + " away", e);
        }
        return outage;
    }

    /** Puts the store back. */
    @Override
    public void close() {
        try {
            Files.delete(dir);
            Files.move(aside, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the blob store " + dir + " back from " + aside, e);
        }
    }
}
