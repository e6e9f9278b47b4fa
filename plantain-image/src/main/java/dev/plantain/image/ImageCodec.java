package dev.plantain.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * PNG encoding and decoding of stage images. Decoding reads the header first and refuses an image over the pixel
 * limit before any pixel buffer is allocated, so a decompression bomb costs nothing.
 */
public final class ImageCodec {

    /** The default decode limit: a 4K square with room to spare (about 20 megapixels). */
    public static final long DEFAULT_MAX_PIXELS = 4096L * 4096 + 4 * 1024 * 1024;

    private final long maxPixels;

    public ImageCodec(long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("pixel limit must be positive");
        }
        this.maxPixels = maxPixels;
    }

    public long maxPixels() {
        return maxPixels;
    }

    /**
     * The image in {@code bytes}: a stage's 8-bit RGB PNG straight into packed RGB ({@link RgbPngReader}), anything
     * else through ImageIO.
     *
     * @throws ImageTooLargeException when the header gives more pixels than the limit
     * @throws ImageDecodeException when the bytes are not a readable image
     */
    public BufferedImage decode(byte[] bytes) {
        if (RgbPngReader.reads(bytes)) {
            int[] size = RgbPngReader.size(bytes);
            if ((long) size[0] * size[1] > maxPixels) {
                throw new ImageTooLargeException(size[0], size[1], maxPixels);
            }
            return RgbPngReader.read(bytes);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ImageDecodeException("not an image in a format this service reads (PNG, JPEG, BMP, GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new ImageTooLargeException(reader.getWidth(0), reader.getHeight(0), maxPixels);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageDecodeException("unreadable image: " + e.getMessage());
        }
    }

    /**
     * The PNG of a stage image: every row "Up"-filtered, deflated at level 1 ({@link StagePng}). About three times
     * faster to write than ImageIO's PNG writer at the same level, for files of about the same size, and read by any
     * PNG reader ({@code ./plantain bench}, docs/benchmarks.md). Delivered images keep ImageIO ({@link PngText}).
     */
    public static byte[] encodePng(BufferedImage image) {
        return StagePng.encode(image);
    }

    /** A copy in packed RGB, the layout every engine works in. */
    public static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
