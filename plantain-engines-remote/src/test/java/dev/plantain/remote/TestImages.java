package dev.plantain.remote;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;

/** Small images for protocol tests: a drawn scene, noise, and their PNG bytes. */
public final class TestImages {

    private TestImages() {}

    /** A light background with a few coloured shapes: a picture by the pixel checks' measure. */
    public static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xEEF2F7));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xD0312D));
        g.fillOval(width / 8, height / 4, width / 4, height / 3);
        g.setColor(new Color(0x2D6FD0));
        g.fillRect(width / 2, height / 3, width / 4, height / 3);
        g.dispose();
        return image;
    }

    /** Random pixels everywhere: what a misbehaving model might return. */
    public static BufferedImage noise(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String base64Png(BufferedImage image) {
        return Base64.getEncoder().encodeToString(png(image));
    }

    public static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalStateException("not an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
