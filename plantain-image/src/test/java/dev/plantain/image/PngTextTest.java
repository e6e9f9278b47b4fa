package dev.plantain.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text chunks written into a PNG are read back intact, and the image still decodes. */
class PngTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"two red apples", "café au lait, 3 × cats", "日本の桜 🌸"})
    void textSurvivesTheRoundTrip(String prompt) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("prompt", prompt);
        text.put("parameters", prompt + "\nSeed: 7, Size: 8x6");
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, 0x123456);

        byte[] png = PngText.encode(image, text);

        assertThat(PngText.read(png)).containsExactlyInAnyOrderEntriesOf(text);
        assertThat(new ImageCodec(100).decode(png).getRGB(3, 2) & 0xffffff).isEqualTo(0x123456);
    }
}
