package dev.plantain.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.image.Lab;
import dev.plantain.plan.Palette;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArtRecolourerTest {

    private static final ArtLibrary LIBRARY = ArtLibrary.fluentFlat();

    /**
     * The mean CIELAB colour, in the recoloured art, of the art's coloured parts: pixels chromatic and not dark in the
     * original (dark chromatic pixels such as tyres and pupils are detail, recoloured only when of the dominant hue).
     */
    private static Lab meanOfChromatic(BufferedImage art, BufferedImage recoloured) {
        double l = 0;
        double a = 0;
        double b = 0;
        int n = 0;
        for (int y = 0; y < art.getHeight(); y++) {
            for (int x = 0; x < art.getWidth(); x++) {
                int p = art.getRGB(x, y);
                Lab original = Lab.fromRgb(p & 0xFFFFFF);
                if ((p >>> 24) >= 128 && original.chroma() >= DominantColour.CHROMATIC && original.l() >= 25) {
                    Lab lab = Lab.fromRgb(recoloured.getRGB(x, y) & 0xFFFFFF);
                    l += lab.l();
                    a += lab.a();
                    b += lab.b();
                    n++;
                }
            }
        }
        return new Lab(l / n, a / n, b / n);
    }

    @ParameterizedTest
    @CsvSource({
        "red-apple, blue",
        "red-apple, green",
        "red-apple, white",
        "red-apple, black",
        "red-apple, navy",
        "cat, purple",
        "cat, gray",
        "banana, red",
        "banana, pink",
        "teddy-bear, teal",
        "automobile, yellow",
        "tulip, orange",
        "dog, lime",
        "bicycle, red",
        "house, yellow",
        "sailboat, brown"
    })
    void shadedRecolourLandsWithinTwentyDeltaEOfTheTarget(String artId, String colour) {
        BufferedImage art = LIBRARY.render(artId, 128, 128);
        Palette.Named target = Palette.named(colour);

        BufferedImage recoloured = ArtRecolourer.recolour(art, target, Recolour.SHADED);

        assertThat(meanOfChromatic(art, recoloured).distance(target.lab())).isLessThan(20);
    }

    @ParameterizedTest
    @CsvSource({"red-apple, blue", "cat, green", "tulip, purple", "automobile, blue", "teddy-bear, white"})
    void fullRecolourLandsCloserStill(String artId, String colour) {
        BufferedImage art = LIBRARY.render(artId, 128, 128);
        Palette.Named target = Palette.named(colour);

        BufferedImage recoloured = ArtRecolourer.recolour(art, target, Recolour.FULL);

        assertThat(meanOfChromatic(art, recoloured).distance(target.lab())).isLessThan(12);
    }

    @ParameterizedTest
    @CsvSource({"red-apple, red", "banana, yellow", "umbrella, blue"})
    void artAlreadyInTheTargetsFamilyIsLeftAsDrawn(String artId, String colour) {
        BufferedImage art = LIBRARY.render(artId, 96, 96);

        assertThat(ArtRecolourer.recolour(art, Palette.named(colour), Recolour.SHADED))
                .isSameAs(art);
    }

    /** The share of the art's opaque pixels, outlines and other near-black detail aside, in the colour's family. */
    private static double familyShare(BufferedImage recoloured, String family) {
        int inFamily = 0;
        int n = 0;
        for (int p : recoloured.getRGB(
                0, 0, recoloured.getWidth(), recoloured.getHeight(), null, 0, recoloured.getWidth())) {
            Lab lab = Lab.fromRgb(p & 0xFFFFFF);
            if ((p >>> 24) >= 128 && lab.l() >= 20) {
                n++;
                inFamily += Palette.nearestFamily(lab).equals(family) ? 1 : 0;
            }
        }
        return inFamily / (double) n;
    }

    @ParameterizedTest
    @CsvSource({"cow, blue", "cow, orange", "cow, green", "cow, purple", "zebra, orange", "cow, red"})
    void mostlyGreyArtIsRecolouredAsAWholeNotJustItsSmallColouredParts(String artId, String colour) {
        // a cow is white with grey patches and a pink nose: a blue cow is a blue body, not a blue nose
        BufferedImage art = LIBRARY.render(artId, 128, 128);
        Palette.Named target = Palette.named(colour);

        BufferedImage recoloured = ArtRecolourer.recolour(art, target, Recolour.SHADED);

        assertThat(familyShare(recoloured, target.family())).isGreaterThan(0.75);
    }

    @Test
    void transparencyAndGreyDetailSurvive() {
        BufferedImage art = LIBRARY.render("cat", 96, 96);
        BufferedImage recoloured = ArtRecolourer.recolour(art, Palette.named("blue"), Recolour.SHADED);

        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                int before = art.getRGB(x, y);
                int after = recoloured.getRGB(x, y);
                assertThat(after >>> 24).isEqualTo(before >>> 24);
                if ((before >>> 24) == 255 && Lab.fromRgb(before & 0xFFFFFF).chroma() < 4) {
                    assertThat(after).isEqualTo(before);
                }
            }
        }
    }
}
