package dev.plantain.bench.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The benchmark's degradation averages like MATLAB's imresize instead of point-sampling, and keeps pixels centred. */
class BicubicDownscaleTest {

    @Test
    void aOnePixelCheckerboardBecomesFlatGrey() {
        BufferedImage checks = image(64, 48, (x, y) -> (x + y) % 2 == 0 ? 255 : 0);

        BufferedImage half = BicubicDownscale.resize(checks, 32, 24);

        for (int y = 2; y < 22; y++) {
            for (int x = 2; x < 30; x++) {
                assertThat(half.getRGB(x, y) & 0xff).as("(%d, %d)", x, y).isBetween(126, 129);
            }
        }
    }

    @Test
    void aRampLandsOnTheNewPixelCentres() {
        BufferedImage ramp = image(128, 8, (x, y) -> 2 * x);

        BufferedImage half = BicubicDownscale.resize(ramp, 64, 4);

        for (int x = 3; x < 61; x++) {
            // the new pixel x covers old pixels 2x and 2x+1: its centre is at old 2x + 0.5, so 2 * (2x + 0.5)
            assertThat(half.getRGB(x, 2) & 0xff).isEqualTo(4 * x + 1);
        }
    }

    @Test
    void yPsnrWeighsGreenMostAndIgnoresNothingElse() {
        BufferedImage grey = image(16, 16, (x, y) -> 100);
        BufferedImage greener = image(16, 16, (x, y) -> 100);
        greener.setRGB(3, 3, 100 << 16 | 110 << 8 | 100);

        double mse = Math.pow(128.553 * 10 / 255, 2) / 256;
        assertThat(ImageQuality.psnrY(grey, greener)).isCloseTo(10 * Math.log10(255 * 255 / mse), within(1e-9));
    }

    private interface Shade {
        int at(int x, int y);
    }

    private static BufferedImage image(int w, int h, Shade shade) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, shade.at(x, y) * 0x010101);
            }
        }
        return image;
    }
}
