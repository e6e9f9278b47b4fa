package dev.plantain.draft.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.remote.RemoteDraftRenderer;
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

/** {@code plantain.draft.engine} picks a remote image model, whose keys come from any config source, env included. */
class DraftEngineKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"openai-images", "gemini"})
    void aRemoteEngineIsBuiltFromItsKeysAndIsNotDeterministic(String engine) {
        SmallRyeConfig config = config(Map.of(
                "plantain.draft.engine",
                engine,
                "plantain.draft." + engine + ".model",
                "some-model",
                "plantain.draft." + engine + ".base-url",
                "http://127.0.0.1:1/v1"));
        DraftRenderer renderer = build(config);
        assertThat(renderer).isInstanceOf(RemoteDraftRenderer.class);
        assertThat(((RemoteDraftRenderer) renderer).name()).isEqualTo(engine);
        assertThat(renderer.deterministic()).isFalse();
    }

    @Test
    void theComfyUiEnginesNestedKeysAreAcceptedAndItsWorkflowRequired() {
        SmallRyeConfig config = config(Map.of(
                "plantain.draft.engine", "comfyui",
                "plantain.draft.comfyui.patch.prompt", "6.text",
                "plantain.draft.comfyui.poll-interval", "200ms"));
        assertThatThrownBy(() -> build(config)).hasMessageContaining("plantain.draft.comfyui.workflow");
    }

    @Test
    void everyKeyIsAlsoAnEnvironmentVariable() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(DraftConfig.class)
                .withMapping(StageConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new EnvConfigSource(
                        Map.of(
                                "PLANTAIN_DRAFT_ENGINE", "openai-images",
                                "PLANTAIN_DRAFT_OPENAI_IMAGES_MAX_CALLS_PER_JOB", "lots"),
                        300))
                .build();
        assertThatThrownBy(() -> build(config))
                .hasMessageContaining("plantain.draft.openai-images.max-calls-per-job is 'lots'");
    }

    @Test
    void anUnknownEngineStopsTheServiceNamingTheAllowedOnes() {
        assertThatThrownBy(() -> config(Map.of("plantain.draft.engine", "dall-e")))
                .hasStackTraceContaining(
                        "plantain.draft.engine is 'dall-e'; allowed: compose, diffusion, instant, openai-images, gemini, comfyui")
                .hasStackTraceContaining("openai-images")
                .hasStackTraceContaining("gemini")
                .hasStackTraceContaining("comfyui");
    }

    private static DraftRenderer build(SmallRyeConfig config) {
        DraftConfig draft = config.getConfigMapping(DraftConfig.class);
        return DraftEngine.remote(draft.engine(), config.getConfigMapping(StageConfig.class), config);
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(DraftConfig.class)
                .withMapping(StageConfig.class)
                .withValidateUnknown(true)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new MapBackedConfigSource("application.properties", properties) {})
                .build();
    }
}
