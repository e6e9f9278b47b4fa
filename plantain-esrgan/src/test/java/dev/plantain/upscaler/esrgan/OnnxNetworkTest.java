package dev.plantain.upscaler.esrgan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DJL's ONNX Runtime run of each packaged network agrees with the plain-Java reference layers on a small crop. */
class OnnxNetworkTest {

    @ParameterizedTest(name = "esrgan-{0} x{1}")
    @CsvSource({"slim, 2", "slim, 3", "slim, 4", "medium, 2", "thick, 2", "psnr-small, 2"})
    void djlMatchesThePlainJavaReference(String size, int scale) {
        EsrganModel model = EsrganModel.of(size);
        LayersModel layers = model.load(scale);
        int side = model == EsrganModel.THICK ? 12 : 20;
        BufferedImage crop = Fixtures.texture(side, side - 3, 7);
        float[] planar = Fixtures.planar(crop);
        float[] expected = new ReferenceNetwork(layers, model.range()).run(planar, side - 3, side);
        float[] actual;
        try (OnnxNetwork network = OnnxNetwork.load(layers, model.range(), "cpu")) {
            assertThat(network.scale()).isEqualTo(scale);
            actual = network.run(planar, side - 3, side);
        }
        assertThat(actual).hasSize(3 * side * scale * (side - 3) * scale);
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        assertThat(worst).as("max |DJL - reference| on a 0-255 scale").isLessThan(1e-3);
    }
}
