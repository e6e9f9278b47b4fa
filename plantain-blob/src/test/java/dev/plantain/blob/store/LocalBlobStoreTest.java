package dev.plantain.blob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.blob.BlobRef;
import dev.plantain.failure.DependencyFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path dir;

    @Override
    BlobStore store() {
        return new LocalBlobStore(dir);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sha256:../../etc/passwd",
                "sha256:",
                "md5:abc",
                "/etc/passwd",
                "sha256:ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
                "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef/..",
                "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde%2e"
            })
    void aReferenceCannotNameAnythingButABlob(String text) {
        assertThatThrownBy(() -> BlobRef.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void blobsStayInsideTheDirectory() {
        BlobRef ref = store().put(new byte[] {9});
        assertThat(new LocalBlobStore(dir).pathOf(ref)).startsWith(dir);
    }

    @org.junit.jupiter.api.Test
    void aStoreWhoseDirectoryIsGoneFailsTransientlyAndRecovers() throws Exception {
        Path root = dir.resolve("store");
        LocalBlobStore store = new LocalBlobStore(root);
        BlobRef ref = store.put(new byte[] {7});
        Path aside = dir.resolve("aside");
        Files.move(root, aside);
        Files.writeString(root, "unmounted");

        for (Runnable call : java.util.List.<Runnable>of(
                () -> store.get(ref), () -> store.put(new byte[] {8}), () -> store.exists(ref), store::probe)) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(DependencyFailure.class, e -> {
                assertThat(e.isTransient()).isTrue();
                assertThat(e.dependency()).isEqualTo("blob-store");
            });
        }
        Files.delete(root);
        assertThatThrownBy(() -> store.get(ref))
                .as("the directory missing altogether")
                .isInstanceOfSatisfying(
                        DependencyFailure.class,
                        e -> assertThat(e.isTransient()).isTrue());

        Files.move(aside, root);
        store.probe();
        assertThat(store.get(ref)).containsExactly(7);
    }
}
