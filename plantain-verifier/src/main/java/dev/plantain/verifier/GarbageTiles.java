package dev.plantain.verifier;

import dev.plantain.plan.Box;
import java.util.BitSet;
import java.util.Optional;

/**
 * Finds NaN-like garbage in part of an image: square tiles whose pixels are nearly all different colours and whose
 * lightness jumps from pixel to pixel, as a failed decode or a diverged model leaves them; drawings, even with text,
 * are flat fills with edges and reuse a few colours.
 */
final class GarbageTiles {

    static final int TILE = 64;
    /** A noise tile holds more distinct colours (five bits a channel) than this share of its pixels... */
    static final double DISTINCT_SHARE = 0.1;
    /** ...and a mean lightness step between neighbours above this. */
    static final double ROUGHNESS = 8;
    /** Fewer noisy tiles than this are left to the other checks. */
    static final int MIN_TILES = 2;

    private GarbageTiles() {}

    /** The box around the noisy tiles, in full-resolution pixels, with their count; empty when there are too few. */
    static Optional<String> find(WorkingImage image) {
        int noisy = 0;
        int tiles = 0;
        Box around = null;
        BitSet seen = new BitSet(1 << 15);
        for (int ty = 0; ty + TILE <= image.height; ty += TILE) {
            for (int tx = 0; tx + TILE <= image.width; tx += TILE) {
                tiles++;
                if (noisy(image, tx, ty, seen)) {
                    noisy++;
                    Box tile = image.toFull(tx, ty, tx + TILE - 1, ty + TILE - 1);
                    around = around == null ? tile : around.union(tile);
                }
            }
        }
        if (noisy < MIN_TILES) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "the image holds garbage: %d of %d tiles are noise (NaN-like corruption) " + "within x=%d y=%d %dx%d",
                noisy, tiles, around.x(), around.y(), around.width(), around.height()));
    }

    private static boolean noisy(WorkingImage image, int tx, int ty, BitSet seen) {
        seen.clear();
        int distinct = 0;
        double steps = 0;
        for (int y = ty; y < ty + TILE; y++) {
            int row = y * image.width;
            float previous = ColourTable.lightness(ColourTable.index(image.rgb[row + tx]));
            for (int x = tx; x < tx + TILE; x++) {
                int index = ColourTable.index(image.rgb[row + x]);
                if (!seen.get(index)) {
                    seen.set(index);
                    distinct++;
                }
                float l = ColourTable.lightness(index);
                steps += Math.abs(l - previous);
                previous = l;
            }
        }
        int pixels = TILE * TILE;
        return distinct > DISTINCT_SHARE * pixels && steps / pixels > ROUGHNESS;
    }
}
