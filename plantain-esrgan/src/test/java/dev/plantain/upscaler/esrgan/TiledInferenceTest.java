package dev.plantain.upscaler.esrgan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tiles with context and blending give what one whole-image run gives: no seams, at any tile size. */
class TiledInferenceTest {

    private static OnnxNetwork network;
    private static LayersModel layers;

    @BeforeAll
    static void load() {
        layers = EsrganModel.SLIM.load(2);
        network = OnnxNetwork.load(layers, EsrganModel.SLIM.range(), "cpu");
    }

    @AfterAll
    static void close() {
        network.close();
    }

    @ParameterizedTest(name = "{0}x{1} image in tiles of {2}")
    @CsvSource({"100, 70, 32", "100, 70, 48", "97, 61, 40", "64, 64, 64"})
    void tiledAndWholeAgree(int width, int height, int tile) {
        BufferedImage image = Fixtures.texture(width, height, width + tile);
        int margin = layers.receptiveField();
        BufferedImage whole = new TiledInference(network::run, 2, 4096, margin, 16).upscale(image);
        BufferedImage tiled = new TiledInference(network::run, 2, tile, margin, 16).upscale(image);

        int worst = 0;
        long total = 0;
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                int a = whole.getRGB(x, y);
                int b = tiled.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    int d = Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
                    worst = Math.max(worst, d);
                    total += d;
                }
            }
        }
        assertThat(tiled.getWidth()).isEqualTo(2 * width);
        assertThat(tiled.getHeight()).isEqualTo(2 * height);
        assertThat(worst).as("largest 8-bit difference, tiled vs whole").isLessThanOrEqualTo(1);
        assertThat(total / (3.0 * whole.getWidth() * whole.getHeight()))
                .as("mean difference")
                .isLessThan(0.01);
    }

    @ParameterizedTest(name = "grey {0} in tiles of {1}")
    @CsvSource({"40, 4096", "128, 4096", "220, 4096", "220, 32"})
    void aFlatImageStaysFlatUpToItsEdges(int grey, int tile) {
        BufferedImage image = new BufferedImage(70, 50, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, grey * 0x010101);
            }
        }
        BufferedImage out = new TiledInference(network::run, 2, tile, layers.receptiveField(), 16).upscale(image);

        int worst = 0;
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int rgb = out.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    worst = Math.max(worst, Math.abs(((rgb >> shift) & 0xff) - grey));
                }
            }
        }
        assertThat(worst)
                .as("largest departure from the flat grey, rim included")
                .isLessThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "receptive field of {0} x{1}")
    @CsvSource({"slim, 2, 10", "medium, 2, 18", "psnr-small, 2, 38"})
    void receptiveFieldFollowsTheConvolutions(String size, int scale, int expected) {
        assertThat(EsrganModel.of(size).load(scale).receptiveField()).isEqualTo(expected);
    }
}
