package dev.plantain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.diffusion.DiffusionExport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixture-model DIR} writes an export in Optimum's layout that the diffusion engine loads. */
class FixtureModelCommandTest {

    @Test
    void writesAnExportTheEngineLoads(@TempDir Path dir) {
        Path export = dir.resolve("sd-fixture");

        int exit = PlantainCli.commandLine().execute("fixture-model", export.toString());

        assertThat(exit).isZero();
        for (String file : new String[] {
            "tokenizer/vocab.json",
            "tokenizer/merges.txt",
            "text_encoder/model.onnx",
            "unet/model.onnx",
            "vae_decoder/model.onnx",
            "vae_encoder/model.onnx",
            "scheduler/scheduler_config.json"
        }) {
            assertThat(export.resolve(file)).as(file).isRegularFile();
        }
        try (DiffusionExport loaded = DiffusionExport.load(export, "cpu")) {
            assertThat(loaded.nativeSize()).isEqualTo(64);
        }
        assertThat(Files.exists(export.resolve("text_encoder_2"))).isFalse();
    }
}
