package dev.plantain.refiner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.diffusion.DiffusionRefiner;
import dev.plantain.diffusion.FixtureExport;
import dev.plantain.refiner.ImageRefiner;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plantain.refiner.engine=diffusion} as the service reads it, here from environment variables. */
class DiffusionEngineConfigTest {

    @TempDir
    Path dir;

    private static RefinerConfig fromEnvironment(Map<String, String> variables) {
        return new SmallRyeConfigBuilder()
                .withMapping(RefinerConfig.class)
                .withSources(new EnvConfigSource(variables, 300) {})
                .build()
                .getConfigMapping(RefinerConfig.class);
    }

    @Test
    void theEnvironmentNamesAFixtureExportAndTheStageLoadsIt() throws Exception {
        FixtureExport.write(dir);
        RefinerConfig config = fromEnvironment(Map.of(
                "PLANTAIN_REFINER_ENGINE", "diffusion",
                "PLANTAIN_REFINER_DIFFUSION_MODEL_DIR", dir.toString(),
                "PLANTAIN_REFINER_DIFFUSION_GUIDANCE", "1",
                "PLANTAIN_REFINER_DIFFUSION_NEGATIVE_PROMPT", "blurry"));
        RefinerEngine engines = new RefinerEngine();
        ImageRefiner refiner = engines.refiner(config, null, null);
        try {
            assertThat(refiner).isInstanceOf(DiffusionRefiner.class);
            assertThat(config.diffusion().guidance()).isEqualTo(1.0);
            assertThat(config.diffusion().negativePrompt()).contains("blurry");
            assertThat(config.diffusion().steps()).isEqualTo(20);
        } finally {
            engines.close(refiner);
        }
    }

    @Test
    void anExportWithoutAVaeEncoderCannotInpaint() throws Exception {
        FixtureExport.write(dir);
        Files.delete(dir.resolve("vae_encoder/model.onnx"));
        RefinerConfig config = fromEnvironment(
                Map.of("PLANTAIN_REFINER_ENGINE", "diffusion", "PLANTAIN_REFINER_DIFFUSION_MODEL_DIR", dir.toString()));

        assertThatThrownBy(() -> new RefinerEngine().refiner(config, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plantain.refiner.diffusion.model-dir (PLANTAIN_REFINER_DIFFUSION_MODEL_DIR)")
                .hasMessageContaining("missing vae_encoder/model.onnx")
                .hasMessageContaining("found model_index.json, scheduler/, text_encoder/, tokenizer/, unet/,"
                        + " vae_decoder/, vae_encoder/");
    }

    @Test
    void anUnknownDeviceIsRefused() {
        FixtureExport.write(dir);
        RefinerConfig config = fromEnvironment(Map.of(
                "PLANTAIN_REFINER_ENGINE", "diffusion",
                "PLANTAIN_REFINER_DIFFUSION_MODEL_DIR", dir.toString(),
                "PLANTAIN_REFINER_DIFFUSION_DEVICE", "tpu"));

        assertThatThrownBy(() -> new RefinerEngine().refiner(config, null, null))
                .hasMessage("plantain.refiner.diffusion.device (PLANTAIN_REFINER_DIFFUSION_DEVICE) is 'tpu'; allowed:"
                        + " cpu, gpu or gpu:N");
    }
}
