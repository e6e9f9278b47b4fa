package dev.plantain.bench.upscale;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The photos' licence check, the grey-to-RGB copy and the one line printed when apt is unavailable. */
class BenchPhotosTest {

    private static final String FETCHERS = """
            def chelsea():
                \"\"\"Chelsea the cat.

                No copyright restrictions.  CC0 by the
                photographer (Stefan van der Walt).
                \"\"\"
                return _load("data/chelsea.png")


            def coffee():
                \"\"\"Coffee cup. Copyright reserved.\"\"\"
                return _load("data/coffee.png")
            """;

    @Test
    void aPhotoIsUsedOnlyWhenItsOwnDescriptionStatesItsLicence() {
        BenchPhotos.Photo chelsea = BenchPhotos.PHOTOS.stream()
                .filter(p -> p.name().equals("chelsea"))
                .findFirst()
                .orElseThrow();
        BenchPhotos.Photo coffee = BenchPhotos.PHOTOS.stream()
                .filter(p -> p.name().equals("coffee"))
                .findFirst()
                .orElseThrow();

        assertThat(BenchPhotos.describes(FETCHERS, chelsea)).isTrue();
        assertThat(BenchPhotos.describes(FETCHERS, coffee)).isFalse();
        assertThat(BenchPhotos.describes(FETCHERS.replace("def chelsea", "def kitten"), chelsea))
                .isFalse();
    }

    @Test
    void aGreyPhotoKeepsItsLevelsInEachChannel() {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 40);
        grey.getRaster().setSample(1, 0, 0, 200);

        BufferedImage rgb = BenchPhotos.rgb(grey);

        assertThat(rgb.getRGB(0, 0) & 0xffffff).isEqualTo(40 << 16 | 40 << 8 | 40);
        assertThat(rgb.getRGB(1, 0) & 0xffffff).isEqualTo(200 << 16 | 200 << 8 | 200);
    }

    @Test
    void withoutAptThePhotosAreSkippedWithOneLine() {
        BenchPhotos.Loaded loaded = BenchPhotos.fetch("/nonexistent/apt-get", true, 48, 36);

        assertThat(loaded.photos()).isEmpty();
        assertThat(loaded.notes())
                .singleElement()
                .asString()
                .startsWith("Photographs skipped (apt-get download python3-skimage: /nonexistent/apt-get unavailable")
                .endsWith("made images only.");
    }
}
