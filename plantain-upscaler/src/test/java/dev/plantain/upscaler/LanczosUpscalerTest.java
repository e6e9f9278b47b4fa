package dev.plantain.upscaler;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanczosUpscalerTest {

    private final LanczosUpscaler upscaler = new LanczosUpscaler();

    @ParameterizedTest
    @CsvSource({"64,48,128,96", "100,75,333,250", "37,53,74,200", "512,512,1024,1024", "90,60,45,30", "1,1,7,5"})
    void theOutputHasExactlyTheTargetSize(int w, int h, int tw, int th) {
        BufferedImage out = upscaler.upscale(image(w, h, (x, y) -> (x * 7 + y * 3) & 0xffffff), tw, th);

        assertThat(out.getWidth()).isEqualTo(tw);
        assertThat(out.getHeight()).isEqualTo(th);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x000000, 0xFFFFFF, 0x1F5FD6, 0xD62828, 0x808080})
    void aFlatImageStaysFlat(int colour) {
        BufferedImage out = upscaler.upscale(image(50, 30, (x, y) -> colour), 170, 97);

        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                assertThat(out.getRGB(x, y) & 0xffffff).isEqualTo(colour);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void aSmoothImageComesBackCloseAfterShrinkingAndEnlarging(int factor) {
        int side = 240;
        BufferedImage original = image(side, side, (x, y) -> {
            int r = (int) (127.5 + 127.5 * Math.sin(x / 17.0) * Math.cos(y / 23.0));
            int g = (int) (255.0 * x / side);
            int b = (int) (127.5 + 127.5 * Math.cos((x + y) / 29.0));
            return r << 16 | g << 8 | b;
        });

        BufferedImage small = upscaler.upscale(original, side / factor, side / factor);
        BufferedImage back = upscaler.upscale(small, side, side);

        assertThat(psnr(original, back)).isGreaterThan(30);
    }

    @ParameterizedTest
    @CsvSource({"0,255", "64,192", "255,0"})
    void aHardEdgeRingsOnlyWithinLanczosOvershootAndStaysInRange(int left, int right) {
        BufferedImage step = image(40, 10, (x, y) -> grey(x < 20 ? left : right));

        BufferedImage out = upscaler.upscale(step, 160, 40);

        int low = Math.min(left, right);
        int high = Math.max(left, right);
        double allowed = 0.12 * (high - low);
        for (int x = 0; x < out.getWidth(); x++) {
            int v = out.getRGB(x, 20) & 0xff;
            assertThat(v).isBetween((int) Math.max(0, low - allowed), (int) Math.min(255, high + allowed));
            boolean farFromEdge = Math.abs(x - 80) > 16;
            if (farFromEdge) {
                assertThat(v).isEqualTo(x < 80 ? left : right);
            }
        }
    }

    @Test
    void transparencyIsResampledToo() {
        BufferedImage argb = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(5, 5, 0xFFFF0000);

        BufferedImage out = upscaler.upscale(argb, 40, 40);

        assertThat(out.getColorModel().hasAlpha()).isTrue();
        assertThat(out.getRGB(0, 0) >>> 24).isZero();
        assertThat(out.getRGB(11, 11) >>> 24).isGreaterThan(100);
        assertThat(upscaler.name()).isEqualTo("lanczos3");
    }

    private static BufferedImage image(int w, int h, IntBinaryOperator colour) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, colour.applyAsInt(x, y));
            }
        }
        return image;
    }

    private static int grey(int v) {
        return v << 16 | v << 8 | v;
    }

    private static double psnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double d = ((p >> shift) & 0xff) - ((q >> shift) & 0xff);
                    sum += d * d;
                    n++;
                }
            }
        }
        return 10 * Math.log10(255.0 * 255.0 / (sum / n));
    }
}
