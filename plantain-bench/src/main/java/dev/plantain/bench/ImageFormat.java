package dev.plantain.bench;

import dev.plantain.image.ImageCodec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A lossless format Java's ImageIO writes and the stages' codec reads back: PNG at a chosen deflate level, BMP, or
 * TIFF with a chosen compression; or whatever the stages' codec writes now.
 *
 * @param name as shown in the benchmark
 * @param format the ImageIO format name
 * @param compression the writer's compression type, or null for the writer's default
 * @param quality the writer's compression quality (PNG: deflate level = 9 x (1 - quality)), or -1 for its default
 */
record ImageFormat(String name, String format, String compression, float quality) {

    static final ImageFormat PNG_DEFAULT = new ImageFormat("PNG, ImageIO default (delivered images)", "png", null, -1);

    /** What the blob store writes for a stage image: {@link ImageCodec#encodePng}. */
    static final ImageFormat STAGE =
            new ImageFormat("PNG as the stages store it (ImageCodec: Up filter, level 1)", "stage", null, -1);

    /** The candidates the benchmark compares. */
    static List<ImageFormat> candidates() {
        return List.of(
                STAGE,
                PNG_DEFAULT,
                png(0),
                png(1),
                png(3),
                png(9),
                new ImageFormat("BMP, 24-bit uncompressed", "bmp", null, -1),
                new ImageFormat("TIFF, uncompressed", "tif", null, -1),
                new ImageFormat("TIFF, PackBits", "tif", "PackBits", -1),
                new ImageFormat("TIFF, Deflate", "tif", "Deflate", -1));
    }

    static ImageFormat png(int level) {
        return new ImageFormat("PNG, deflate level " + level, "png", null, Math.max(0, 1 - (level + 0.5f) / 9));
    }

    byte[] encode(BufferedImage image) {
        if (this.equals(STAGE)) {
            return ImageCodec.encodePng(image);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (compression != null || quality >= 0) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (compression != null) {
                    param.setCompressionType(compression);
                }
                if (quality >= 0) {
                    param.setCompressionQuality(quality);
                }
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
