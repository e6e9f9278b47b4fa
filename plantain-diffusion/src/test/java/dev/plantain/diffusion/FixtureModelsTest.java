package dev.plantain.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureModelsTest {

    @TempDir
    Path dir;

    @Test
    void readsInputNamesAndElementTypesFromTheModelFiles() {
        FixtureExport.write(dir.resolve("float"));
        FixtureExport.write(dir.resolve("int64"), new FixtureExport.Options(true, false, "DDIMScheduler"));

        OnnxSignature floats = OnnxSignature.read(dir.resolve("float/unet/model.onnx"));
        OnnxSignature longs = OnnxSignature.read(dir.resolve("int64/unet/model.onnx"));
        OnnxSignature text = OnnxSignature.read(dir.resolve("float/text_encoder/model.onnx"));

        assertThat(floats.inputs().keySet()).containsExactly("sample", "timestep", "encoder_hidden_states");
        assertThat(floats.inputs().get("timestep").type()).isEqualTo(OnnxSignature.ElementType.FLOAT);
        assertThat(floats.inputs().get("timestep").rank()).isZero();
        assertThat(longs.inputs().get("timestep").type()).isEqualTo(OnnxSignature.ElementType.INT64);
        assertThat(floats.inputs().get("sample").dims()).containsExactly(-1, 4, -1, -1);
        assertThat(text.inputs().get("input_ids").type()).isEqualTo(OnnxSignature.ElementType.INT32);
        assertThat(text.outputs().keySet()).containsExactly("last_hidden_state", "pooler_output");
    }

    @Test
    void theExportLoadsWithItsNumbersAndItsModelsComputeTheirFormulas() {
        FixtureExport.write(dir, new FixtureExport.Options(true, false, "DDIMScheduler"));
        try (DiffusionExport export = DiffusionExport.load(dir, "cpu")) {
            assertThat(export.nativeSize()).isEqualTo(64);
            assertThat(export.vaeFactor()).isEqualTo(8);
            assertThat(export.vaeScaling()).isEqualTo(0.5);
            assertThat(export.inpaintingUnet()).isFalse();
            assertThat(export.sdxl()).isFalse();

            Tensor hidden = export.textEncoder()
                    .run(Map.of("input_ids", Tensor.ofLongs(new long[] {60, 53, 61}, 1, 3)))
                    .get("last_hidden_state");
            assertThat(hidden.shape()).containsExactly(1, 3, FixtureExport.HIDDEN);
            assertThat(hidden.floats()[FixtureExport.HIDDEN])
                    .isCloseTo(53 * FixtureExport.TOKEN_FEATURE, within(1e-7f));

            // out = 0.5 * sample + mean(text) + 0.001 * timestep, with an int64 timestep of 981.
            float[] text = new float[2 * FixtureExport.HIDDEN];
            java.util.Arrays.fill(text, FixtureExport.HIDDEN, text.length, 0.5f);
            Tensor out = export.unet()
                    .run(Map.of(
                            "sample", Tensor.of(new float[] {2, 4, 6, 8}, 1, 4, 1, 1),
                            "timestep", Tensor.of(new float[] {981}),
                            "encoder_hidden_states", Tensor.of(text, 1, 2, FixtureExport.HIDDEN)))
                    .get("out_sample");
            assertThat(out.floats()).containsExactly(new float[] {2.231f, 3.231f, 4.231f, 5.231f}, within(1e-5f));

            // Latent c of 3 decodes to 0.5 * latent over an 8x8 block.
            Tensor pixels = export.vaeDecoder()
                    .run(Map.of("latent_sample", Tensor.of(new float[] {0.2f, -0.4f, 0.6f, 9f}, 1, 4, 1, 1)))
                    .get("sample");
            assertThat(pixels.shape()).containsExactly(1, 3, 8, 8);
            assertThat(pixels.floats()[0]).isCloseTo(0.1f, within(1e-6f));
            assertThat(pixels.floats()[64 + 63]).isCloseTo(-0.2f, within(1e-6f));
            assertThat(pixels.floats()[128 + 10]).isCloseTo(0.3f, within(1e-6f));
        }
    }

    @Test
    void tiledDecodingMatchesDecodingWhole() {
        FixtureExport.write(dir);
        try (DiffusionExport export = DiffusionExport.load(dir, "cpu")) {
            int h = 10;
            int w = 14;
            float[] latents = new float[4 * h * w];
            for (int i = 0; i < latents.length; i++) {
                latents[i] = (float) Math.sin(i * 0.37);
            }

            float[] whole = new VaeCodec(export, 64, 8).decode(latents, h, w);
            float[] tiled = new VaeCodec(export, 4, 1).decode(latents, h, w);

            assertThat(tiled).containsExactly(whole, within(1e-5f));
        }
    }
}
