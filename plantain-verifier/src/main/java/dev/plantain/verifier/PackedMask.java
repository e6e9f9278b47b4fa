package dev.plantain.verifier;

import boofcv.struct.image.GrayU8;

/**
 * A binary mask packed 64 pixels to a {@code long}, row by row (bit {@code i} of a row's word {@code k} is column
 * {@code 64 k + i}), so that overlaps are counted a word at a time; columns outside the mask read as empty. A row is
 * packed when first read, so a search over a small part of a large mask packs that part only.
 */
final class PackedMask {

    final int width;
    final int height;
    /** Words per row. */
    final int words;

    private final GrayU8 mask;
    /** The rows' words, {@code words} to a row; the bits past the last column are 0. */
    private final long[] bits;

    private final boolean[] packed;

    PackedMask(GrayU8 mask) {
        this.mask = mask;
        this.width = mask.width;
        this.height = mask.height;
        this.words = (width + 63) >>> 6;
        this.bits = new long[words * height];
        this.packed = new boolean[height];
    }

    /** The foreground pixels. */
    int count() {
        int count = 0;
        for (int y = 0; y < height; y++) {
            int row = row(y);
            for (int k = 0; k < words; k++) {
                count += Long.bitCount(bits[row + k]);
            }
        }
        return count;
    }

    /** Word {@code k} of the row whose words start at {@code row} (see {@link #row}). */
    long word(int row, int k) {
        return bits[row + k];
    }

    /** Where row {@code y}'s words start, packing it if it is read for the first time. */
    int row(int y) {
        int row = y * words;
        if (!packed[y]) {
            int in = mask.startIndex + y * mask.stride;
            for (int x = 0; x < width; x++) {
                if (mask.data[in + x] != 0) {
                    bits[row + (x >>> 6)] |= 1L << x;
                }
            }
            packed[y] = true;
        }
        return row;
    }
}
