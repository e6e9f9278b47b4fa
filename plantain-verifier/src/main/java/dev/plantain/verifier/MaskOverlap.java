package dev.plantain.verifier;

import boofcv.struct.image.GrayU8;

/**
 * Intersection over union of a template mask laid at many offsets over an image mask, both packed 64 pixels to a
 * word: each offset costs, per template row, a shift and two bit counts per word of the image's row under it, which
 * give the intersection and the image's count under the window. Exactly what counting every pixel of the window gives.
 * Pixels outside the template's {@code care} mask count for neither side: where the template cannot say whether the
 * art stands out from the background, the image is not held to either answer.
 */
final class MaskOverlap {

    private final PackedMask template;
    private final PackedMask care;
    private final PackedMask image;
    private final int templateCount;

    /** Every pixel of the template's window counts. */
    MaskOverlap(GrayU8 template, GrayU8 image) {
        this(template, everywhere(template.width, template.height), image);
    }

    /** Only the pixels set in {@code care} (the template's size, a superset of the template) count. */
    MaskOverlap(GrayU8 template, GrayU8 care, GrayU8 image) {
        this.template = new PackedMask(template);
        this.care = new PackedMask(care);
        this.image = new PackedMask(image);
        this.templateCount = this.template.count();
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
            int careRow = care.row(y);
            int imageRow = image.row(oy + y);
            long low = imageWord(imageRow, first);
            for (int k = 0; k < words; k++) {
                long high = imageWord(imageRow, first + k + 1);
                // (high << 1) << (63 - shift) is high << (64 - shift), and 0 when shift is 0 (a shift by 64 is none)
                // the care mask's bits past the template's last column are 0, so pixels right of the window drop out
                long under = (low >>> shift) | ((high << 1) << (63 - shift));
                under &= care.word(careRow, k);
                both += Long.bitCount(template.word(row, k) & under);
                seen += Long.bitCount(under);
                low = high;
            }
        }
        long either = templateCount + seen - both;
        return either == 0 ? 0 : both / (double) either;
    }

    private static GrayU8 everywhere(int width, int height) {
        GrayU8 all = new GrayU8(width, height);
        java.util.Arrays.fill(all.data, (byte) 1);
        return all;
    }

    /** The image row's word {@code k}, 0 left or right of the image. */
    private long imageWord(int imageRow, int k) {
        return k >= 0 && k < image.words ? image.word(imageRow, k) : 0;
    }
}
