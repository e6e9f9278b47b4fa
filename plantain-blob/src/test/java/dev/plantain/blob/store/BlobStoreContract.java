package dev.plantain.blob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.blob.BlobRef;
import dev.plantain.failure.DependencyFailure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What every blob store must do; each implementation's test runs it. */
abstract class BlobStoreContract {

    abstract BlobStore store();

    @Test
    void storesBytesUnderTheirSha256() {
        byte[] bytes = "a picture".getBytes(StandardCharsets.UTF_8);
        BlobRef ref = store().put(bytes);
        assertThat(ref.toString()).isEqualTo("sha256:92b2fa58028958317e408bd84ecfa70f5ee35b121991dbc232c49d166353708b");
        assertThat(store().get(ref)).isEqualTo(bytes);
        assertThat(store().exists(ref)).isTrue();
    }

    @Test
    void puttingTheSameBytesTwiceIsHarmless() {
        byte[] bytes = new byte[] {1, 2, 3};
        assertThat(store().put(bytes)).isEqualTo(store().put(bytes));
        assertThat(store().get(BlobRef.of(bytes))).isEqualTo(bytes);
    }

    @Test
    void anAbsentBlobIsAPermanentFailureOfTheStore() {
        BlobRef absent = BlobRef.of("never stored".getBytes(StandardCharsets.UTF_8));
        assertThat(store().exists(absent)).isFalse();
        assertThatThrownBy(() -> store().get(absent))
                .isInstanceOfSatisfying(DependencyFailure.class, e -> {
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e.dependency()).isEqualTo("blob-store");
                })
                .hasCauseInstanceOf(BlobNotFoundException.class)
                .hasMessageContaining(absent.toString());
    }
}
