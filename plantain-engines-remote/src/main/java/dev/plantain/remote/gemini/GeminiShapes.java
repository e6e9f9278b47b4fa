package dev.plantain.remote.gemini;

import dev.plantain.remote.PixelSize;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shapes and sizes a Gemini image model draws: {@code imageConfig.aspectRatio} with the pixel size Google's image
 * generation guide lists for it at {@code 1K}, doubled at {@code 2K} and doubled again at {@code 4K}.
 */
final class GeminiShapes {

    static final Map<String, PixelSize> AT_1K = new LinkedHashMap<>();

    static {
        AT_1K.put("1:1", new PixelSize(1024, 1024));
        AT_1K.put("2:3", new PixelSize(832, 1248));
        AT_1K.put("3:2", new PixelSize(1248, 832));
        AT_1K.put("3:4", new PixelSize(864, 1184));
        AT_1K.put("4:3", new PixelSize(1184, 864));
        AT_1K.put("9:16", new PixelSize(768, 1344));
        AT_1K.put("16:9", new PixelSize(1344, 768));
        AT_1K.put("21:9", new PixelSize(1536, 672));
    }

    private GeminiShapes() {}

    /** The nearest shape, at the smallest image size whose long side (1024, 2048, 4096) covers the wanted one. */
    static PixelSize nearest(int width, int height) {
        int longSide = Math.max(width, height);
        return nearest(width, height, longSide <= 1024 ? 1 : longSide <= 2048 ? 2 : 4);
    }

    /** The nearest shape at {@code 1K} times {@code scale}. */
    static PixelSize nearest(int width, int height, int scale) {
        double want = (double) width / height;
        PixelSize at1k = AT_1K.values().stream()
                .min(Comparator.comparingDouble(s -> s.aspectDistance(want)))
                .orElseThrow();
        return new PixelSize(at1k.width() * scale, at1k.height() * scale);
    }

    /** The ratio label of a size. */
    static String ratio(PixelSize size) {
        return AT_1K.entrySet().stream()
                .min(Comparator.comparingDouble(
                        e -> size.aspectDistance(e.getValue().aspect())))
                .orElseThrow()
                .getKey();
    }

    /** {@code 1K}, {@code 2K} or {@code 4K}, by the long side. */
    static String imageSize(PixelSize size) {
        int longSide = Math.max(size.width(), size.height());
        return longSide <= 1536 ? "1K" : longSide <= 3072 ? "2K" : "4K";
    }
}
