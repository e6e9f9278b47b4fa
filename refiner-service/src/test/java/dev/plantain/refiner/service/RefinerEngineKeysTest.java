package dev.plantain.refiner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.refiner.ImageRefiner;
import dev.plantain.remote.RemoteRefiner;
import dev.plantain.stage.StageConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code plantain.refiner.engine} picks a remote image model, whose keys come from any config source, env included. */
class RefinerEngineKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"openai-images", "gemini"})
    void aRemoteEngineIsBuiltFromItsKeysAndIsNotDeterministic(String engine) {
        ImageRefiner refiner = build(config(Map.of(
                "plantain.refiner.engine",
                engine,
                "plantain.refiner." + engine + ".model",
                "some-model",
                "plantain.refiner." + engine + ".max-calls-per-job",
                "3")));
        assertThat(refiner).isInstanceOf(RemoteRefiner.class);
        assertThat(refiner.deterministic()).isFalse();
    }

    @Test
    void aBadEngineKeyStopsTheServiceNamingTheKey() {
        SmallRyeConfig config = config(Map.of(
                "plantain.refiner.engine", "openai-images",
                "plantain.refiner.openai-images.mask-convention", "purple"));
        assertThatThrownBy(() -> build(config))
                .hasMessageContaining("plantain.refiner.openai-images.mask-convention is 'purple'")
                .hasMessageContaining("alpha-zero, white");
    }

    @Test
    void theComfyUiEnginesNestedKeysAreAcceptedAndItsWorkflowRequired() {
        SmallRyeConfig config = config(Map.of(
                "plantain.refiner.engine", "comfyui",
                "plantain.refiner.comfyui.patch.mask", "11.image"));
        assertThatThrownBy(() -> build(config)).hasMessageContaining("plantain.refiner.comfyui.workflow");
    }

    @Test
    void everyKeyIsAlsoAnEnvironmentVariable() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(RefinerConfig.class)
                .withMapping(StageConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new EnvConfigSource(
                        Map.of(
                                "PLANTAIN_REFINER_ENGINE", "openai-images",
                                "PLANTAIN_REFINER_OPENAI_IMAGES_MASK_CONVENTION", "purple"),
                        300))
                .build();
        assertThatThrownBy(() -> build(config))
                .hasMessageContaining("plantain.refiner.openai-images.mask-convention is 'purple'");
    }

    @Test
    void anUnknownEngineStopsTheServiceNamingTheAllowedOnes() {
        assertThatThrownBy(() -> config(Map.of("plantain.refiner.engine", "dall-e")))
                .hasStackTraceContaining(
                        "plantain.refiner.engine is 'dall-e'; allowed: layout, diffusion, instant, openai-images, gemini, comfyui")
                .hasStackTraceContaining("openai-images")
                .hasStackTraceContaining("gemini")
                .hasStackTraceContaining("comfyui");
    }

    private static ImageRefiner build(SmallRyeConfig config) {
        RefinerConfig refiner = config.getConfigMapping(RefinerConfig.class);
        return RefinerEngine.remote(refiner.engine(), config.getConfigMapping(StageConfig.class), config);
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(RefinerConfig.class)
                .withMapping(StageConfig.class)
                .withValidateUnknown(true)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new MapBackedConfigSource("application.properties", properties) {})
                .build();
    }
}
