package dev.plantain.upscaler.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.upscaler.esrgan.UpscalerSettings;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The network's keys under {@code plantain.upscaler.esrgan.*}, their aliases from before that scheme, and the
 * defaults, read through SmallRye Config's own mapping as the service reads them.
 */
class UpscalerKeysTest {

    @Test
    void nothingSetGivesTheDefaults() {
        UpscalerSettings settings = settings(Map.of(), Map.of());

        assertThat(settings.engine()).isEqualTo("lanczos3");
        assertThat(settings.model()).isEqualTo("psnr-small");
        assertThat(settings.device()).isEqualTo("cpu");
        assertThat(settings.tileSize()).isEqualTo(384);
        assertThat(settings.modelPath()).isEmpty();
    }

    @Test
    void theKeysUnderTheEngineAreRead() {
        UpscalerSettings settings = settings(
                Map.of(
                        "plantain.upscaler.engine", "esrgan",
                        "plantain.upscaler.esrgan.model", "thick",
                        "plantain.upscaler.esrgan.device", "gpu:1",
                        "plantain.upscaler.esrgan.tile-size", "256",
                        "plantain.upscaler.esrgan.model-path", "/models/rdn"),
                Map.of());

        assertThat(settings.engine()).isEqualTo("esrgan");
        assertThat(settings.model()).isEqualTo("thick");
        assertThat(settings.device()).isEqualTo("gpu:1");
        assertThat(settings.tileSize()).isEqualTo(256);
        assertThat(settings.modelPath()).contains(Path.of("/models/rdn"));
    }

    @Test
    void theOldKeysStillWorkAsAliases() {
        UpscalerSettings settings = settings(
                Map.of(
                        "plantain.upscaler.model", "medium",
                        "plantain.upscaler.device", "gpu",
                        "plantain.upscaler.tile-size", "128",
                        "plantain.upscaler.model-path", "/old"),
                Map.of());

        assertThat(settings.model()).isEqualTo("medium");
        assertThat(settings.device()).isEqualTo("gpu");
        assertThat(settings.tileSize()).isEqualTo(128);
        assertThat(settings.modelPath()).contains(Path.of("/old"));
    }

    @Test
    void aKeyUnderTheEngineWinsOverItsAliasWhereverEachIsSet() {
        UpscalerSettings settings = settings(
                Map.of("plantain.upscaler.esrgan.model", "slim", "plantain.upscaler.tile-size", "96"),
                Map.of("PLANTAIN_UPSCALER_MODEL", "thick", "PLANTAIN_UPSCALER_ESRGAN_TILE_SIZE", "200"));

        assertThat(settings.model()).isEqualTo("slim");
        assertThat(settings.tileSize()).isEqualTo(200);
    }

    @Test
    void anAliasFromTheEnvironmentIsSeen() {
        UpscalerSettings settings = settings(Map.of(), Map.of("PLANTAIN_UPSCALER_MODEL", "slim"));

        assertThat(settings.model()).isEqualTo("slim");
    }

    private static UpscalerSettings settings(Map<String, String> properties, Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(UpscalerConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
        return UpscalerKeys.settings(config.getConfigMapping(UpscalerConfig.class));
    }
}
