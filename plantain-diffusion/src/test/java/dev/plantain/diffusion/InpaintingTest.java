package dev.plantain.diffusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InpaintingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"false, euler-ancestral", "false, ddim", "false, lcm", "true, ddim", "true, euler-ancestral"})
    void pixelsOutsideTheMaskNeverChange(boolean nineChannels, String scheduler) {
        FixtureExport.write(dir, new FixtureExport.Options(false, nineChannels, "DDIMScheduler"));
        BufferedImage image = gradient(64, 64);
        boolean[] mask = new boolean[64 * 64];
        for (int y = 16; y < 40; y++) {
            for (int x = 8; x < 30; x++) {
                mask[y * 64 + x] = true;
            }
        }
        try (DiffusionExport export = DiffusionExport.load(dir, "cpu")) {
            BufferedImage out = new DiffusionPipeline(export)
                    .inpaint(image, mask, new GenerationRequest("a cat", "", 64, 64, 3, 5, scheduler, 9), (d, t) -> {});

            int changedInside = 0;
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    if (mask[y * 64 + x]) {
                        changedInside += out.getRGB(x, y) != image.getRGB(x, y) ? 1 : 0;
                    } else {
                        assertThat(out.getRGB(x, y)).as("pixel (%d,%d)", x, y).isEqualTo(image.getRGB(x, y));
                    }
                }
            }
            assertThat(changedInside).isGreaterThan(22 * 24 / 2);
        }
    }

    static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | ((x + y) * 2));
            }
        }
        return image;
    }
}
