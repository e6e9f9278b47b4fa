package dev.plantain.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.messages.StepProgress;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffusionPipelineTest {

    @TempDir
    static Path dir;

    private static DiffusionExport export;
    private static DiffusionPipeline pipeline;

    @BeforeAll
    static void load() {
        FixtureExport.write(dir);
        export = DiffusionExport.load(dir, "cpu");
        pipeline = new DiffusionPipeline(export);
    }

    @AfterAll
    static void close() {
        export.close();
    }

    private static GenerationRequest request(int steps, double guidance, String scheduler, long seed) {
        return new GenerationRequest("a red cat", "dog", 64, 48, steps, guidance, scheduler, seed);
    }

    @Test
    void oneEulerStepWithoutGuidanceGivesTheHandComputedImage() {
        GenerationRequest request = request(1, 1, "euler-ancestral", 42);

        BufferedImage image = pipeline.generate(request, StepProgress.NONE);

        // Latents: seeded unit noise times sigma at timestep 0 (linspace spacing, one step). The fixture UNet
        // predicts eps = 0.5 * x / sqrt(sigma^2 + 1) + mean(text) + 0.001 * 0; Euler's only step lands on
        // x - sigma * eps; the fixture VAE (scaling 0.5, weight 0.5) decodes latent c to pixel value c in -1..1.
        double sigma = NoiseSchedule.of(export.schedulerConfig()).sigma(0);
        long[] ids = export.tokenizer().encode("a red cat");
        double text = java.util.Arrays.stream(ids)
                .mapToDouble(id -> id * (double) FixtureExport.TOKEN_FEATURE)
                .average()
                .orElseThrow();
        Random random = new Random(42);
        int h = 6;
        int w = 8;
        float[] noise = new float[4 * h * w];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) random.nextGaussian();
        }
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double latent = noise[(c * h + y) * w + x] * sigma;
                    double eps = 0.5 * latent / Math.sqrt(sigma * sigma + 1) + text;
                    double value = latent - sigma * eps;
                    int expected = (int) Math.round(Math.max(0, Math.min(1, (value + 1) / 2)) * 255);
                    int rgb = image.getRGB(x * 8 + 3, y * 8 + 5);
                    assertThat((rgb >> (16 - 8 * c)) & 0xff)
                            .as("channel %d at latent (%d,%d)", c, x, y)
                            .isBetween(expected - 1, expected + 1);
                }
            }
        }
    }

    @Test
    void theSameRequestAndSeedGiveTheSameImageAndAnotherSeedAnother() {
        for (String scheduler : List.of("euler-ancestral", "euler", "ddim", "lcm")) {
            int[] first = pixels(pipeline.generate(request(3, 7.5, scheduler, 7), StepProgress.NONE));
            int[] again = pixels(pipeline.generate(request(3, 7.5, scheduler, 7), StepProgress.NONE));
            int[] other = pixels(pipeline.generate(request(3, 7.5, scheduler, 8), StepProgress.NONE));

            assertThat(again).as(scheduler).isEqualTo(first);
            assertThat(other).as(scheduler).isNotEqualTo(first);
        }
    }

    @Test
    void guidanceChangesTheImageAndProgressIsToldEveryStep() {
        List<String> told = new ArrayList<>();

        int[] guided = pixels(pipeline.generate(request(4, 7.5, "ddim", 3), (d, t) -> told.add(d + "/" + t)));
        int[] unguided = pixels(pipeline.generate(request(4, 1, "ddim", 3), StepProgress.NONE));

        assertThat(told).containsExactly("1/4", "2/4", "3/4", "4/4");
        assertThat(guided).isNotEqualTo(unguided);
    }

    @Test
    void anInt64TimestepExportRunsTheSameSteps() {
        Path int64 = dir.resolve("int64");
        FixtureExport.write(int64, new FixtureExport.Options(true, false, "EulerAncestralDiscreteScheduler"));
        try (DiffusionExport longs = DiffusionExport.load(int64, "cpu")) {
            int[] viaLongs = pixels(new DiffusionPipeline(longs).generate(request(2, 3, "ddim", 5), (d, t) -> {}));
            int[] viaFloats = pixels(pipeline.generate(request(2, 3, "ddim", 5), (d, t) -> {}));

            // DDIM's timesteps are whole numbers, so an int64 timestep gives the UNet the same value.
            assertThat(viaLongs).isEqualTo(viaFloats);
        }
    }

    @Test
    void anInpaintingUnetCannotDraft() {
        Path inpainting = dir.resolve("inpainting-only");
        FixtureExport.write(inpainting, new FixtureExport.Options(false, true, "DDIMScheduler"));
        try (DiffusionExport nine = DiffusionExport.load(inpainting, "cpu")) {
            assertThat(nine.inpaintingUnet()).isTrue();
            assertThatThrownBy(() -> new DiffusionPipeline(nine).generate(request(1, 1, "ddim", 1), (d, t) -> {}))
                    .isInstanceOf(DiffusionException.class)
                    .hasMessageContaining("inpainting");
        }
    }

    @Test
    void aDirectoryThatIsNotAnExportSaysWhatIsMissing() {
        assertThatThrownBy(() -> DiffusionExport.load(dir.resolve("tokenizer"), "cpu"))
                .isInstanceOf(DiffusionException.class)
                .hasMessageContaining("unet/model.onnx");
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
