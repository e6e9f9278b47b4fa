package dev.plantain.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageCodecTest {

    @Test
    void roundTripsPixelsExactly() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x123456);
        BufferedImage back = ImageCodec.toRgb(new ImageCodec(10_000).decode(ImageCodec.encodePng(image)));
        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getRGB(3, 4) & 0xffffff).isEqualTo(0x123456);
    }

    @Test
    void refusesAnImageOverThePixelLimitBeforeDecodingIt() {
        byte[] png = ImageCodec.encodePng(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB));
        assertThatThrownBy(() -> new ImageCodec(19_999).decode(png))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("200x100")
                .hasMessageContaining("19999");
    }

    @Test
    void refusesBytesThatAreNoImage() {
        assertThatThrownBy(() -> new ImageCodec(100).decode(new byte[] {1, 2, 3, 4}))
                .isInstanceOf(ImageDecodeException.class);
    }

    @Test
    void labRoundTripsColours() {
        for (int rgb : new int[] {0xD62828, 0x1F5FD6, 0xFCD116, 0x000000, 0xFFFFFF}) {
            assertThat(Lab.fromRgb(rgb).toRgb()).isEqualTo(rgb);
        }
    }
}
