package dev.plantain.verifier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.remote.vlm.VlmVerifier;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.TextReader;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code plantain.verifier.engine=vlm} builds the judge from its keys, from any config source, env included. */
class VlmEngineKeysTest {

    private static final TextReader NO_OCR = TextReader.unavailable("no OCR in this test");

    @Test
    void theJudgeIsBuiltFromItsKeys() {
        SmallRyeConfig config = config(Map.of(
                "plantain.verifier.engine", "vlm",
                "plantain.verifier.vlm.base-url", "http://127.0.0.1:1/v1",
                "plantain.verifier.vlm.model", "qwen2.5vl:7b",
                "plantain.verifier.vlm.threshold", "0.6"));
        ImageVerifier verifier = build(config);
        assertThat(verifier).isInstanceOf(VlmVerifier.class);
    }

    @Test
    void everyKeyIsAlsoAnEnvironmentVariable() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(VerifierConfig.class)
                .withSources(new EnvConfigSource(
                        Map.of("PLANTAIN_VERIFIER_ENGINE", "vlm", "PLANTAIN_VERIFIER_VLM_THRESHOLD", "half"), 300))
                .build();
        assertThatThrownBy(() -> build(config)).hasMessageContaining("plantain.verifier.vlm.threshold is 'half'");
    }

    @Test
    void anUnknownEngineStopsTheServiceNamingTheAllowedOnes() {
        assertThatThrownBy(() -> config(Map.of("plantain.verifier.engine", "gpt")))
                .hasStackTraceContaining("plantain.verifier.engine is 'gpt'; allowed: pixels, instant, vlm");
    }

    private static ImageVerifier build(SmallRyeConfig config) {
        return VerifierEngine.remote(
                config.getConfigMapping(VerifierConfig.class).engine(), NO_OCR, config);
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(VerifierConfig.class)
                .withValidateUnknown(true)
                .withSources(new MapBackedConfigSource("application.properties", properties) {})
                .build();
    }
}
