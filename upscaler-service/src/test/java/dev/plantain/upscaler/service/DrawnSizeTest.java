package dev.plantain.upscaler.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A candidate of another shape than asked is cropped from the centre, never stretched; the factor is asked / used. */
class DrawnSizeTest {

    @ParameterizedTest(name = "{0}x{1} for {2}x{3}")
    @CsvSource({"1024,1024,2048,2048", "1024,576,2048,1152", "1024,577,2048,1152", "2048,2048,2048,2048"})
    void aCandidateOfTheRequestedShapeIsKeptWhole(int w, int h, int rw, int rh) {
        assertThat(DrawnSize.crop(w, h, rw, rh)).isEmpty();
    }

    @Test
    void aWiderCandidateLosesItsSidesAndATallerOneItsTopAndBottom() {
        assertThat(DrawnSize.crop(1536, 1024, 2048, 2048)).contains(new Box(256, 0, 1024, 1024));
        assertThat(DrawnSize.crop(1024, 1536, 2048, 1152)).contains(new Box(0, 480, 1024, 576));
    }

    @Test
    void theFactorIsRequestedOverDrawnNotAFixedTwo() {
        assertThat(DrawnSize.factor(1024, 2048)).isEqualTo(2.0);
        assertThat(DrawnSize.factor(1536, 4096)).isEqualTo(4096 / 1536.0);
        assertThat(DrawnSize.factor(2048, 2048)).isEqualTo(1.0);
    }

    @Test
    void theCutIsTheCentreOfTheCandidate() {
        BufferedImage image = new BufferedImage(30, 10, BufferedImage.TYPE_INT_RGB);
        image.setRGB(15, 5, 0xFF0000);
        BufferedImage cut =
                DrawnSize.cut(image, DrawnSize.crop(30, 10, 100, 100).orElseThrow());
        assertThat(cut.getWidth()).isEqualTo(10);
        assertThat(cut.getHeight()).isEqualTo(10);
        assertThat(cut.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFF0000);
    }
}
