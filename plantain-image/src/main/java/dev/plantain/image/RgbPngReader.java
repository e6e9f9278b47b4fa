package dev.plantain.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the PNGs stages hand each other (8-bit RGB, not interlaced, any row filter) straight into packed RGB, with
 * one inflate pass and no intermediate raster: about half the time of ImageIO's reader followed by the conversion to
 * packed RGB (docs/benchmarks.md, image codecs). Every other PNG, and every other format, is left to ImageIO.
 */
final class RgbPngReader {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int BYTES_PER_PIXEL = 3;

    private RgbPngReader() {}

    /**
     * Whether {@code bytes} start as a PNG this reader reads: signature, then a header of 8-bit RGB, standard
     * compression and filtering, no interlacing.
     */
    static boolean reads(byte[] bytes) {
        if (bytes.length < SIGNATURE.length + 25) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, SIGNATURE.length, 25);
        return header.getInt() == 13
                && header.getInt() == chunkType("IHDR")
                && bytes[24] == 8 // bit depth
                && bytes[25] == 2 // colour type: RGB
                && bytes[26] == 0 // compression: deflate
                && bytes[27] == 0 // filter method: adaptive
                && bytes[28] == 0; // interlace: none
    }

    /** The image's width and height, from a header {@link #reads} accepted. */
    static int[] size(byte[] bytes) {
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        return new int[] {header.getInt(), header.getInt()};
    }

    /** Decodes a PNG {@link #reads} accepted; its size was checked against the pixel limit by the caller. */
    static BufferedImage read(byte[] bytes) {
        int[] size = size(bytes);
        int width = size[0];
        int height = size[1];
        if (width < 1 || height < 1) {
            throw new ImageDecodeException("unreadable image: PNG header gives a size of " + width + "x" + height);
        }
        Inflater inflater = new Inflater();
        try {
            feed(inflater, bytes);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            unfilter(inflater, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), width, height);
            return image;
        } catch (DataFormatException e) {
            throw new ImageDecodeException("unreadable image: corrupt PNG data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** Checks every chunk's CRC and gives the inflater the image data chunks, joined. */
    private static void feed(Inflater inflater, byte[] bytes) {
        ByteBuffer data = ByteBuffer.allocate(bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes, SIGNATURE.length, bytes.length - SIGNATURE.length);
        while (true) {
            if (in.remaining() < 12) {
                throw new ImageDecodeException("unreadable image: PNG ends without its IEND chunk");
            }
            int length = in.getInt();
            int type = in.getInt();
            if (length < 0 || length > in.remaining() - 4) {
                throw new ImageDecodeException("unreadable image: PNG chunk runs past the end of the file");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, in.position() - 4, length + 4);
            if ((int) crc.getValue() != in.getInt(in.position() + length)) {
                throw new ImageDecodeException("unreadable image: PNG chunk fails its CRC check");
            }
            if (type == chunkType("IDAT")) {
                data.put(bytes, in.position(), length);
            } else if (type == chunkType("IEND")) {
                inflater.setInput(data.flip());
                return;
            }
            in.position(in.position() + length + 4);
        }
    }

    /** Inflates row by row, undoes each row's filter and packs the pixels. */
    private static void unfilter(Inflater inflater, int[] pixels, int width, int height) throws DataFormatException {
        int stride = BYTES_PER_PIXEL * width;
        byte[] filtered = new byte[stride + 1];
        byte[] previous = new byte[stride];
        byte[] row = new byte[stride];
        for (int y = 0; y < height; y++) {
            int got = 0;
            while (got < filtered.length) {
                int n = inflater.inflate(filtered, got, filtered.length - got);
                if (n == 0 && (inflater.needsInput() || inflater.finished() || inflater.needsDictionary())) {
                    throw new ImageDecodeException("unreadable image: PNG data ends at row " + y + " of " + height);
                }
                got += n;
            }
            RowFilter.undo(filtered[0], filtered, row, previous, BYTES_PER_PIXEL);
            int at = y * width;
            for (int x = 0, k = 0; x < width; x++, k += BYTES_PER_PIXEL) {
                pixels[at + x] = (row[k] & 0xff) << 16 | (row[k + 1] & 0xff) << 8 | (row[k + 2] & 0xff);
            }
            byte[] swap = previous;
            previous = row;
            row = swap;
        }
    }

    private static int chunkType(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}
