package dev.plantain.art;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ArtLibraryTest {

    private final ArtLibrary art = ArtLibrary.fluentFlat();

    @Test
    void holdsTheFluentEmojiSet() {
        assertThat(art.ids()).hasSizeGreaterThan(3000).contains("red-apple", "cat", "dog", "banana");
    }

    @Test
    void rendersAnIconInItsOwnColours() {
        BufferedImage apple = art.render("red-apple", 128, 128);
        int center = apple.getRGB(64, 70);
        assertThat(center >>> 24).as("opaque in the middle").isEqualTo(0xff);
        assertThat((center >> 16) & 0xff).as("red dominates").isGreaterThan((center >> 8) & 0xff);
        assertThat(apple.getRGB(1, 1) >>> 24).as("transparent corner").isZero();
    }

    @Test
    void resolvesAliasesWithTheirFlip() {
        assertThat(art.svg("backhand-index-pointing-right")).get().asString().contains("scale(-1 1)");
    }

    @Test
    void resolvesIdsQualifiedWithTheNotoSet() {
        String notoApple = ArtLibrary.qualified(ArtLibrary.NOTO, "red-apple");

        assertThat(ArtLibrary.noto().ids()).hasSizeGreaterThan(3000).contains("red-apple", "cat");
        assertThat(art.has(notoApple)).isTrue();
        assertThat(art.has("noto:no-such-thing")).isFalse();
        assertThat(art.svg(notoApple)).isEqualTo(ArtLibrary.noto().svg("red-apple"));
        assertThat(art.svg(notoApple)).isNotEqualTo(art.svg("red-apple"));
        assertThat(ArtLibrary.noto().svg(ArtLibrary.FLUENT_FLAT + ":cat")).isEqualTo(art.svg("cat"));
    }

    @Test
    void drawsSilhouetteIconsShadedInTheirNaturalColour() {
        String desk = ArtLibrary.qualified(ArtLibrary.MDI, "desk");
        String pillow = ArtLibrary.qualified(ArtLibrary.GAME_ICONS, "pillow");

        assertThat(desk).isEqualTo("mdi:desk");
        assertThat(art.has(desk)).isTrue();
        assertThat(art.has(pillow)).isTrue();
        assertThat(art.has("mdi:no-such-thing")).isFalse();
        assertThat(art.svg(desk))
                .get()
                .asString()
                .doesNotContain("currentColor")
                .contains("linearGradient");
        BufferedImage drawn = art.render(pillow, 128, 128);
        int centre = drawn.getRGB(64, 64);
        assertThat(centre >>> 24).as("opaque in the middle").isEqualTo(0xff);
        assertThat(centre & 0xff).as("a pillow is pale blue").isGreaterThan((centre >> 16) & 0xff);
        assertThat(drawn.getRGB(1, 1) >>> 24).as("transparent corner").isZero();
    }

    @Test
    void shadesASilhouetteFromLightToDark() {
        BufferedImage rug = art.render("mdi:rug", 96, 96);
        int light = luminance(rug.getRGB(28, 34));
        int dark = luminance(rug.getRGB(68, 62));

        assertThat(light).as("top left lit").isGreaterThan(dark);
    }

    private static int luminance(int argb) {
        return ((argb >> 16) & 0xff) * 3 + ((argb >> 8) & 0xff) * 6 + (argb & 0xff);
    }
}
