package dev.plantain.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffusionKeysTest {

    @TempDir
    static Path dir;

    private static Path export;

    @BeforeAll
    static void writeFixture() {
        export = dir.resolve("export");
        FixtureExport.write(export);
    }

    private static DiffusionKeys.Values keys(
            Path modelDir, String device, int steps, String scheduler, boolean inpaint) {
        return new DiffusionKeys.Values(
                "plantain.draft.diffusion",
                inpaint,
                Optional.ofNullable(modelDir),
                device,
                steps,
                7.5,
                scheduler,
                Optional.of("blurry"));
    }

    private static DiffusionKeys.Values keys(Path modelDir) {
        return keys(modelDir, "cpu", 20, "auto", false);
    }

    @Test
    void aFixtureExportGivesItsSettings() {
        DiffusionSettings settings = DiffusionKeys.settings(keys(export, " GPU:1 ", 4, "LCM", true));

        assertThat(settings.modelDir()).isEqualTo(export.toAbsolutePath().normalize());
        assertThat(settings.device()).isEqualTo("gpu:1");
        assertThat(settings.steps()).isEqualTo(4);
        assertThat(settings.scheduler()).isEqualTo("lcm");
        assertThat(settings.negativePrompt()).isEqualTo("blurry");
    }

    @Test
    void aMissingModelDirNamesTheKeyAndItsEnvironmentVariable() {
        assertThatThrownBy(() -> DiffusionKeys.settings(keys(null)))
                .hasMessageContaining(
                        "plantain.draft.diffusion.model-dir (PLANTAIN_DRAFT_DIFFUSION_MODEL_DIR) is not set")
                .hasMessageContaining("./plantain fixture-model DIR");
        assertThatThrownBy(() -> DiffusionKeys.settings(keys(dir.resolve("nowhere"))))
                .hasMessageContaining("plantain.draft.diffusion.model-dir")
                .hasMessageContaining("nowhere, which does not exist");
    }

    @Test
    void aDirectoryThatIsNotAnExportSaysWhatIsMissingAndWhatIsThere() throws IOException {
        Path other = Files.createDirectories(dir.resolve("checkpoint"));
        Files.writeString(other.resolve("model.safetensors"), "x");
        Files.createDirectories(other.resolve("unet"));

        assertThatThrownBy(() -> DiffusionKeys.settings(keys(other)))
                .hasMessageContaining("not a Stable Diffusion export in Optimum's ONNX layout")
                .hasMessageContaining("missing tokenizer/vocab.json, tokenizer/merges.txt, text_encoder/model.onnx,"
                        + " unet/model.onnx, vae_decoder/model.onnx, scheduler/scheduler_config.json")
                .hasMessageContaining("found model.safetensors, unet/");
        assertThatThrownBy(() -> DiffusionKeys.settings(keys(other.resolve("model.safetensors"))))
                .hasMessageContaining("a file, not an export directory");
    }

    @Test
    void inpaintingNeedsTheVaeEncoder() throws IOException {
        Path noEncoder = dir.resolve("no-encoder");
        FixtureExport.write(noEncoder);
        Files.delete(noEncoder.resolve("vae_encoder/model.onnx"));

        assertThat(DiffusionKeys.settings(keys(noEncoder)).modelDir()).isNotNull();
        assertThatThrownBy(() -> DiffusionKeys.settings(keys(noEncoder, "cpu", 20, "auto", true)))
                .hasMessageContaining("with a VAE encoder (inpainting needs it): missing vae_encoder/model.onnx");
    }

    @Test
    void aDeviceStepCountOrSchedulerOutOfRangeIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> DiffusionKeys.settings(keys(export, "cuda", 20, "auto", false)))
                .hasMessage("plantain.draft.diffusion.device (PLANTAIN_DRAFT_DIFFUSION_DEVICE) is 'cuda'; allowed: cpu,"
                        + " gpu or gpu:N");
        assertThatThrownBy(() -> DiffusionKeys.settings(keys(export, "cpu", 0, "auto", false)))
                .hasMessageContaining("plantain.draft.diffusion.steps")
                .hasMessageContaining("is 0; allowed: 1 to 1000");
        assertThatThrownBy(() -> DiffusionKeys.settings(keys(export, "cpu", 20, "k-dpm", false)))
                .hasMessageContaining("scheduler (PLANTAIN_DRAFT_DIFFUSION_SCHEDULER) is 'k-dpm'; allowed: auto,"
                        + " euler-ancestral, euler, ddim, lcm");
    }

    @Test
    void anExportThatCannotLoadIsRefusedNamingTheKey() throws IOException {
        Path broken = dir.resolve("broken");
        FixtureExport.write(broken);
        Files.writeString(broken.resolve("unet/model.onnx"), "not a model");

        assertThatThrownBy(() -> DiffusionKeys.renderer(keys(broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plantain.draft.diffusion.model-dir")
                .hasMessageContaining("which cannot be loaded on cpu");
    }

    @Test
    void theEnginesLoadFromTheKeys() {
        try (DiffusionRenderer renderer = DiffusionKeys.renderer(keys(export));
                DiffusionRefiner refiner = DiffusionKeys.refiner(keys(export, "cpu", 2, "auto", true))) {
            assertThat(renderer.deterministic()).isTrue();
            assertThat(refiner.deterministic()).isTrue();
        }
    }
}
