package dev.plantain.verifier;

import java.util.HashMap;
import java.util.Map;

/** The background colour of an image, estimated as the most common colour along its border. */
final class BorderColour {

    private BorderColour() {}

    /** The mean of the border pixels that fall in the most common quantised colour. */
    static int of(WorkingImage image) {
        Map<Integer, long[]> bins = new HashMap<>();
        int w = image.width;
        int h = image.height;
        for (int x = 0; x < w; x++) {
            add(bins, image.rgb[x]);
            add(bins, image.rgb[(h - 1) * w + x]);
        }
        for (int y = 1; y < h - 1; y++) {
            add(bins, image.rgb[y * w]);
            add(bins, image.rgb[y * w + w - 1]);
        }
        long[] best =
                bins.values().stream().max((p, q) -> Long.compare(p[3], q[3])).orElseThrow();
        return (int) (best[0] / best[3]) << 16 | (int) (best[1] / best[3]) << 8 | (int) (best[2] / best[3]);
    }

    private static void add(Map<Integer, long[]> bins, int rgb) {
        long[] bin = bins.computeIfAbsent(ColourTable.index(rgb), k -> new long[4]);
        bin[0] += (rgb >> 16) & 0xff;
        bin[1] += (rgb >> 8) & 0xff;
        bin[2] += rgb & 0xff;
        bin[3]++;
    }
}
