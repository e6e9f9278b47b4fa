package dev.plantain.verifier;

import boofcv.struct.image.GrayU8;

/**
 * Intersection over union of a template mask laid at many offsets over an image mask, each offset costing one pass
 * over the template's foreground pixels only: the union is the template's count plus the image's count under the
 * window (a summed-area table) less the intersection. Exactly what counting every pixel of the window gives.
 */
final class MaskOverlap {

    private final GrayU8 image;
    private final int templateWidth;
    private final int templateHeight;
    private final int[] foregroundX;
    private final int[] foregroundY;
    /** Image foreground pixels above and left of each corner, {@code (width + 1) x (height + 1)}. */
    private final int[] sums;

    MaskOverlap(GrayU8 template, GrayU8 image) {
        this.image = image;
        this.templateWidth = template.width;
        this.templateHeight = template.height;
        int count = 0;
        for (int i = 0; i < template.width * template.height; i++) {
            count += template.data[i] != 0 ? 1 : 0;
        }
        foregroundX = new int[count];
        foregroundY = new int[count];
        int k = 0;
        for (int y = 0; y < template.height; y++) {
            for (int x = 0; x < template.width; x++) {
                if (template.data[y * template.width + x] != 0) {
                    foregroundX[k] = x;
                    foregroundY[k++] = y;
                }
            }
        }
        int stride = image.width + 1;
        sums = new int[stride * (image.height + 1)];
        for (int y = 0; y < image.height; y++) {
            int row = 0;
            for (int x = 0; x < image.width; x++) {
                row += image.data[y * image.width + x] != 0 ? 1 : 0;
                sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1] + row;
            }
        }
    }

    /** The intersection over union with the template's top-left corner at image pixel (ox, oy); 0 when both are empty. */
    double iou(int ox, int oy) {
        long both = 0;
        for (int i = 0; i < foregroundX.length; i++) {
            int ix = ox + foregroundX[i];
            int iy = oy + foregroundY[i];
            if (ix >= 0 && iy >= 0 && ix < image.width && iy < image.height && image.data[iy * image.width + ix] != 0) {
                both++;
            }
        }
        long either = foregroundX.length + imageCount(ox, oy) - both;
        return either == 0 ? 0 : both / (double) either;
    }

    /** Image foreground pixels inside the template's window at (ox, oy), clipped to the image. */
    private int imageCount(int ox, int oy) {
        int left = Math.max(0, ox);
        int top = Math.max(0, oy);
        int right = Math.min(image.width, ox + templateWidth);
        int bottom = Math.min(image.height, oy + templateHeight);
        if (left >= right || top >= bottom) {
            return 0;
        }
        int stride = image.width + 1;
        return sums[bottom * stride + right]
                - sums[top * stride + right]
                - sums[bottom * stride + left]
                + sums[top * stride + left];
    }
}
