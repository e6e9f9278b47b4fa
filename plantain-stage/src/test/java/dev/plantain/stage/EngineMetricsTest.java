package dev.plantain.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.failure.DependencyFailure;
import dev.plantain.messages.Stage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each engine call is timed and counted per engine: images on success, errors by their classification. */
class EngineMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EngineMetrics metrics = EngineMetrics.of(registry);

    @Test
    void aCallCountsItsImageAndItsTime() {
        assertThat(metrics.call(Stage.DRAFT, "openai-images", () -> "image")).isEqualTo("image");
        assertThat(registry.get("plantain.engine.images")
                        .tag("stage", "draft")
                        .tag("engine", "openai-images")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("plantain.engine.call")
                        .tag("outcome", "ok")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void failuresAreCountedByKindAndRethrown() {
        DependencyFailure busy =
                DependencyFailure.transientFailure("vlm", "vlm answered HTTP 429", Duration.ofSeconds(2), null);
        assertThatThrownBy(() -> metrics.call(Stage.VERIFIER, "vlm", () -> {
                    throw busy;
                }))
                .isSameAs(busy);
        assertThatThrownBy(() -> metrics.call(Stage.VERIFIER, "vlm", () -> {
                    throw DependencyFailure.permanent("vlm", "vlm answered HTTP 400", null);
                }))
                .isInstanceOf(DependencyFailure.class);
        assertThat(registry.get("plantain.engine.errors")
                        .tag("kind", "transient")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("plantain.engine.errors")
                        .tag("kind", "permanent")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("plantain.engine.call")
                        .tag("outcome", "error")
                        .timer()
                        .count())
                .isEqualTo(2);
        assertThat(registry.find("plantain.engine.images").counter()).isNull();
    }
}
