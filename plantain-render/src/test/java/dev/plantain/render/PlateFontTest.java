package dev.plantain.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlateFontTest {

    private static final List<String> INSTALLED =
            List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());

    @Test
    void textIsSetInTheInstalledDejaVuSansNotALogicalFont() {
        assumeTrue(INSTALLED.contains(PlateFont.PREFERRED), "DejaVu Sans is not installed here");

        Font font = PlateFont.resolve();

        assertThat(font.getFamily()).isEqualTo("DejaVu Sans");
        assertThat(font.getFontName()).isEqualTo("DejaVu Sans Bold");
        assertThat(font.isBold()).isTrue();
    }

    @Test
    void withoutDejaVuAnotherInstalledFreeSansSerifIsUsed() {
        List<String> withoutDejaVu =
                INSTALLED.stream().filter(f -> !f.equals(PlateFont.PREFERRED)).toList();
        assumeTrue(
                PlateFont.FALLBACKS.stream().anyMatch(withoutDejaVu::contains), "no fallback family is installed here");

        Font font = PlateFont.resolve(withoutDejaVu);

        assertThat(PlateFont.FALLBACKS).contains(font.getFamily());
        assertThat(PlateFont.real(font.getFamily())).isTrue();
    }

    @Test
    void withNoRealFontItFailsNamingWhatToInstall() {
        assertThatThrownBy(() -> PlateFont.resolve(List.of(Font.SANS_SERIF, Font.DIALOG, "No Such Font")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DejaVu Sans")
                .hasMessageContaining("fonts-dejavu-core");
    }

    @Test
    void aLogicalOrMissingFamilyIsNotReal() {
        assertThat(PlateFont.real(Font.SANS_SERIF)).isFalse();
        assertThat(PlateFont.real("No Such Font")).isFalse();
    }
}
