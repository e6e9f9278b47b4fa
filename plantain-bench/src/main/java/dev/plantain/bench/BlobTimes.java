package dev.plantain.bench;

import dev.plantain.blob.store.ImageStore;
import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.ImageRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Put and get times of one image in the local blob store as the stages do it (PNG), each put a new blob. */
record BlobTimes(Percentiles put, Percentiles get) {

    /** A blank image, as the instant engines make. */
    static BlobTimes measure(int width, int height, int times) {
        return measure(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), times);
    }

    static BlobTimes measure(BufferedImage image, int times) {
        Path dir;
        try {
            dir = Files.createTempDirectory("plantain-bench-blobs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ImageStore store = new ImageStore(new LocalBlobStore(dir), new ImageCodec(ImageCodec.DEFAULT_MAX_PIXELS));
            List<Double> puts = new ArrayList<>();
            List<Double> gets = new ArrayList<>();
            int original = image.getRGB(0, 0);
            for (int i = -3; i < times; i++) {
                image.setRGB(0, 0, 0x010101 * (i & 0xFF));
                long start = System.nanoTime();
                ImageRef ref = store.save(image);
                long saved = System.nanoTime();
                store.load(ref);
                long loaded = System.nanoTime();
                if (i >= 0) {
                    puts.add((saved - start) / 1e6);
                    gets.add((loaded - saved) / 1e6);
                }
            }
            image.setRGB(0, 0, original);
            return new BlobTimes(Percentiles.of(puts), Percentiles.of(gets));
        } finally {
            LocalStack.deleteTree(dir);
        }
    }
}
