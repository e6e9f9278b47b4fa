package dev.plantain.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RgbPngReaderTest {

    @Test
    void readsRowsOfEveryFilterTypeAsImageIoDoes() throws IOException {
        BufferedImage image = scene(211, 157);
        byte[] png = FilteredPng.encode(image, y -> y % 5);
        assertThat(RgbPngReader.reads(png)).isTrue();
        BufferedImage reference = ImageIO.read(new ByteArrayInputStream(png));
        assertSamePixels(reference, image);
        assertSamePixels(RgbPngReader.read(png), reference);
    }

    @Test
    void readsImageIosOwnPngs() throws IOException {
        byte[] png = imageIo(scene(90, 70));
        assertSamePixels(RgbPngReader.read(png), ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void readsWhatTheStagesWrite() {
        BufferedImage image = scene(64, 48);
        assertSamePixels(RgbPngReader.read(StagePng.encode(image)), image);
    }

    @Test
    void leavesPngsWithAnAlphaChannelToImageIo() throws IOException {
        BufferedImage argb = new BufferedImage(5, 5, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(1, 1, 0x80ff0000);
        byte[] png = imageIo(argb);
        assertThat(RgbPngReader.reads(png)).isFalse();
        assertThat(new ImageCodec(100).decode(png).getRGB(1, 1)).isEqualTo(0x80ff0000);
    }

    @Test
    void refusesADamagedChunk() {
        byte[] png = StagePng.encode(scene(40, 30));
        png[60] ^= 0x55;
        assertThatThrownBy(() -> new ImageCodec(10_000).decode(png))
                .isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining("CRC");
    }

    @Test
    void refusesATruncatedFile() {
        byte[] png = StagePng.encode(scene(40, 30));
        byte[] cut = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> new ImageCodec(10_000).decode(cut))
                .isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining("unreadable image");
    }

    @Test
    void refusesAnImageOverThePixelLimitBeforeReadingIt() {
        byte[] png = StagePng.encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB));
        assertThatThrownBy(() -> new ImageCodec(300 * 200 - 1).decode(png))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("300x200");
    }

    /** Flat areas, gradients and noise, so that an adaptive writer picks every filter somewhere. */
    private static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height / 2);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 3);
        g.dispose();
        Random random = new Random(5);
        for (int y = height / 2; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000) & (y % 3 == 0 ? 0x0f0f0f : 0xffffff));
            }
        }
        return image;
    }

    private static byte[] imageIo(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
            }
        }
    }
}
