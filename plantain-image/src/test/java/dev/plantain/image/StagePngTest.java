package dev.plantain.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StagePngTest {

    private static final ImageCodec CODEC = new ImageCodec(10_000_000);

    @Test
    void imageIoReadsBackEveryPixelOfANoisyImage() throws IOException {
        BufferedImage image = noise(97, 61, BufferedImage.TYPE_INT_RGB, 1);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(StagePng.encode(image)));
        assertSamePixels(back, image);
    }

    @Test
    void writesTheRowsOfASubImageNotOfTheImageAroundIt() {
        BufferedImage whole = noise(120, 80, BufferedImage.TYPE_INT_RGB, 2);
        BufferedImage part = whole.getSubimage(17, 9, 50, 40);
        assertSamePixels(CODEC.decode(StagePng.encode(part)), part);
    }

    @Test
    void flattensOtherLayoutsToRgbOverWhite() {
        BufferedImage argb = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(2, 3, 0xff00ff00);
        BufferedImage back = ImageCodec.toRgb(CODEC.decode(StagePng.encode(argb)));
        assertThat(back.getRGB(2, 3) & 0xffffff).isEqualTo(0x00ff00);
        assertThat(back.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void aFlatImageCompressesToAFewKilobytes() {
        BufferedImage blank = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
        assertThat(StagePng.encode(blank).length).isLessThan(20_000);
    }

    private static BufferedImage noise(int width, int height, int type, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y) & 0xffffff)
                        .as("pixel %d,%d", x, y)
                        .isEqualTo(expected.getRGB(x, y) & 0xffffff);
            }
        }
    }
}
