package dev.plantain.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes stage images (intermediates a stage hands to the next) as plain 8-bit RGB PNG, about four times faster than
 * ImageIO's PNG writer: every row gets the "Up" filter instead of ImageIO's per-row trial of all five, and one
 * deflate at level 1 runs over rows taken straight from the packed pixels. Any PNG reader reads the result; the
 * measurement that chose it is in docs/benchmarks.md (image codecs). Delivered images keep ImageIO ({@link
 * PngText}), whose smaller files are worth the time there.
 */
final class StagePng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_UP = 2;

    private StagePng() {}

    static byte[] encode(BufferedImage image) {
        BufferedImage rgb = packed(image);
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream file = new ByteArrayOutputStream(width * height / 4 + 1024);
        try {
            file.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream fields = new DataOutputStream(header);
            fields.writeInt(width);
            fields.writeInt(height);
            fields.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits per sample, RGB, deflate, adaptive filters, no interlace
            chunk(file, "IHDR", header.toByteArray());
            chunk(file, "IDAT", deflatedRows(pixels, width, height));
            chunk(file, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    /** The image in packed RGB whose pixel array is exactly its own rows (not a view into a larger image). */
    private static BufferedImage packed(BufferedImage image) {
        BufferedImage rgb = ImageCodec.toRgb(image);
        boolean own = rgb.getRaster().getParent() == null
                && rgb.getRaster().getDataBuffer().getSize() == rgb.getWidth() * rgb.getHeight();
        if (own) {
            return rgb;
        }
        BufferedImage copy = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.setData(rgb.getRaster());
        return copy;
    }

    /** Every row as filter byte "Up" and its bytes minus the bytes above, deflated at level 1. */
    private static byte[] deflatedRows(int[] pixels, int width, int height) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 4 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                int at = y * width;
                int k = 1;
                for (int x = 0; x < width; x++) {
                    int p = pixels[at + x];
                    int above = y == 0 ? 0 : pixels[at - width + x];
                    row[k++] = (byte) ((p >> 16) - (above >> 16));
                    row[k++] = (byte) ((p >> 8) - (above >> 8));
                    row[k++] = (byte) (p - above);
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    /** Appends one chunk: its length, type, body and CRC. */
    static void chunk(ByteArrayOutputStream file, String type, byte[] body) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }
}
