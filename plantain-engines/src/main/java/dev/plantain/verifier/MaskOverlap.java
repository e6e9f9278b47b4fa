package dev.plantain.verifier;

import boofcv.struct.image.GrayU8;

/**
 * Intersection over union of a template mask laid at many offsets over an image mask, both packed 64 pixels to a
 * word: each offset costs, per template row, a shift and two bit counts per word of the image's row under it, which
 * give the intersection and the image's count under the window. Exactly what counting every pixel of the window gives.
 */
final class MaskOverlap {

    private final PackedMask template;
    private final PackedMask image;
    private final int templateCount;
    /** Keeps the last template word's columns only, so that image pixels right of the window are not counted. */
    private final long lastWordColumns;

    MaskOverlap(GrayU8 template, GrayU8 image) {
        this.template = new PackedMask(template);
        this.image = new PackedMask(image);
        this.templateCount = this.template.count();
        int rest = template.width & 63;
        this.lastWordColumns = rest == 0 ? -1L : (1L << rest) - 1;
    }

    /** The intersection over union with the template's top-left corner at image pixel (ox, oy); 0 when both are empty. */
    double iou(int ox, int oy) {
        int words = template.words;
        // template word k lies over image words first + k and first + k + 1, shifted right by shift bits
        int first = ox >> 6;
        int shift = ox & 63;
        long both = 0;
        long seen = 0;
        int top = Math.max(0, -oy);
        int bottom = Math.min(template.height, image.height - oy);
        for (int y = top; y < bottom; y++) {
            int row = template.row(y);
            int imageRow = image.row(oy + y);
            long low = imageWord(imageRow, first);
            for (int k = 0; k < words; k++) {
                long high = imageWord(imageRow, first + k + 1);
                // (high << 1) << (63 - shift) is high << (64 - shift), and 0 when shift is 0 (a shift by 64 is none)
                long under = (low >>> shift) | ((high << 1) << (63 - shift));
                if (k == words - 1) {
                    under &= lastWordColumns;
                }
                both += Long.bitCount(template.word(row, k) & under);
                seen += Long.bitCount(under);
                low = high;
            }
        }
        long either = templateCount + seen - both;
        return either == 0 ? 0 : both / (double) either;
    }

    /** The image row's word {@code k}, 0 left or right of the image. */
    private long imageWord(int imageRow, int k) {
        return k >= 0 && k < image.words ? image.word(imageRow, k) : 0;
    }
}
