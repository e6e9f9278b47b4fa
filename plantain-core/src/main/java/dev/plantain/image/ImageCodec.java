package dev.plantain.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * PNG encoding and decoding of stage images. Decoding reads the header first and refuses an image over the pixel
 * limit before any pixel buffer is allocated, so a decompression bomb costs nothing.
 */
public final class ImageCodec {

    /** The default decode limit: a 4K square with room to spare (about 20 megapixels). */
    public static final long DEFAULT_MAX_PIXELS = 4096L * 4096 + 4 * 1024 * 1024;

    /** The deflate level of stage images (intermediates). */
    public static final int STAGE_DEFLATE_LEVEL = 1;

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

    public BufferedImage decode(byte[] bytes) {
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
     * The PNG of a stage image, deflated at level {@value #STAGE_DEFLATE_LEVEL}: faster to write and to read than
     * ImageIO's default level 4, for files under twice the size, which a blob living seconds in a store can afford
     * ({@code ./plantain bench}, docs/benchmarks.md). Delivered images keep the default ({@link PngText}).
     */
    public static byte[] encodePng(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 8);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // ImageIO's PNG writer deflates at level (int) (9 x (1 - quality)).
            param.setCompressionQuality(1 - (STAGE_DEFLATE_LEVEL + 0.5f) / 9);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
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
