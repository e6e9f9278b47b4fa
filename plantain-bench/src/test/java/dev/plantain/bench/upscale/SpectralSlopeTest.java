package dev.plantain.bench.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plantain.bench.BenchImages;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The spectrum slope reads white noise as flat, and tells the benchmark's natural-like textures from smooth ones. */
class SpectralSlopeTest {

    @Test
    void whiteNoiseIsFlat() {
        Random random = new Random(3);
        BufferedImage noise = new BufferedImage(128, 96, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                int v = random.nextInt(256);
                noise.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }

        assertThat(SpectralSlope.of(noise)).isCloseTo(0, within(0.2));
    }

    @Test
    void deadLeavesFallWhereNaturalImagesDoAndValueNoiseCloudsAreSmoother() {
        for (BenchImages.Named texture : BenchImages.make(0, 1, 256, 192)) {
            assertThat(SpectralSlope.of(texture.image())).as(texture.name()).isBetween(-2.6, -1.5);
        }
        assertThat(SpectralSlope.of(BenchImages.texture("clouds", 256, 192, 5))).isLessThan(-3);
    }

    @Test
    void aTextureIsTheSameForTheSameSeed() {
        BufferedImage a = BenchImages.texture("pebbles", 64, 48, 9);
        BufferedImage b = BenchImages.texture("pebbles", 64, 48, 9);

        assertThat(a.getRGB(0, 0, 64, 48, null, 0, 64)).isEqualTo(b.getRGB(0, 0, 64, 48, null, 0, 64));
    }
}
