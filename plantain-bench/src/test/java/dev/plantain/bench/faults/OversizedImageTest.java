package dev.plantain.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.blob.BlobRef;
import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.image.ImageCodec;
import dev.plantain.image.ImageTooLargeException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault scenarios' oversized image and blob outage, without a stack. */
class OversizedImageTest {

    @TempDir
    Path dir;

    @Test
    void theOversizedPngIsSmallOnDiskAndRefusedByTheCodecBeforeDecoding() {
        byte[] png = OversizedImage.png(8000, 8000);
        assertThat(png.length).isLessThan(200_000);
        assertThatThrownBy(() -> new ImageCodec(ImageCodec.DEFAULT_MAX_PIXELS).decode(png))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("8000x8000 (64000000 pixels)")
                .hasMessageContaining("plantain.max-image-pixels");
    }

    @Test
    void theSameWriterMakesAPngThatDecodesWithinTheLimit() {
        BufferedImage image = new ImageCodec(ImageCodec.DEFAULT_MAX_PIXELS).decode(OversizedImage.png(40, 30));
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(30);
        assertThat(image.getRGB(20, 15) & 0xffffff).isZero();
    }

    @Test
    void aBlobOutageFailsReadsAndWritesAsATransientStoreFailureUntilItEnds() {
        Path blobs = dir.resolve("blobs");
        LocalBlobStore store = new LocalBlobStore(blobs);
        BlobRef stored = store.put(new byte[] {1, 2, 3});
        try (BlobOutage outage = BlobOutage.begin(blobs)) {
            assertThatThrownBy(() -> store.get(stored))
                    .isInstanceOfSatisfying(
                            DependencyFailure.class,
                            e -> assertThat(e.isTransient()).isTrue());
            assertThatThrownBy(() -> store.put(new byte[] {4}))
                    .isInstanceOfSatisfying(
                            DependencyFailure.class,
                            e -> assertThat(e.isTransient()).isTrue());
        }
        assertThat(store.get(stored)).containsExactly(1, 2, 3);
        assertThat(store.put(new byte[] {4})).isEqualTo(BlobRef.of(new byte[] {4}));
        assertThat(Files.isDirectory(blobs)).isTrue();
    }
}
