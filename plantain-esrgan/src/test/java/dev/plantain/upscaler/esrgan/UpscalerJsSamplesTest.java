package dev.plantain.upscaler.esrgan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each packaged network, converted and run through DJL on the npm package's own fixture, reproduces the result
 * UpscalerJS itself published for it: the same pixel range in and out, no shift, the same layers. The plain-Java
 * reference cannot show this, since it shares the conversion's reading of the model.
 */
class UpscalerJsSamplesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("plantain.esrgan.samples", "target/esrgan-samples"));

    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource({"slim, 2", "slim, 3", "slim, 4", "medium, 2", "medium, 3", "medium, 4", "thick, 2", "psnr-small, 2"})
    void matchesUpscalerJsOwnResult(String size, int scale) throws IOException {
        BufferedImage fixture =
                ImageIO.read(SAMPLES.resolve(size).resolve("fixture.png").toFile());
        BufferedImage expected =
                ImageIO.read(SAMPLES.resolve(size).resolve("x" + scale + ".png").toFile());
        EsrganModel model = EsrganModel.of(size);
        int w = fixture.getWidth();
        int h = fixture.getHeight();
        float[] out;
        try (OnnxNetwork network = OnnxNetwork.load(model.load(scale), model.range(), "cpu")) {
            out = network.run(Fixtures.planar(fixture), h, w);
        }
        assertThat(expected.getWidth()).isEqualTo(w * scale);
        int plane = w * scale * h * scale;
        int worst = 0;
        for (int i = 0; i < plane; i++) {
            int rgb = expected.getRGB(i % (w * scale), i / (w * scale));
            for (int c = 0; c < 3; c++) {
                int mine = Math.round(Math.max(0, Math.min(255, out[c * plane + i])));
                worst = Math.max(worst, Math.abs(mine - ((rgb >> (16 - 8 * c)) & 0xff)));
            }
        }
        assertThat(worst)
                .as("largest 8-bit difference from UpscalerJS's result")
                .isLessThanOrEqualTo(1);
    }
}
