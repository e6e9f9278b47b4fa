package dev.plantain.remote.openai;

import dev.plantain.remote.PixelSize;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the model's size for a wanted one: the nearest in shape, then among those the smallest that covers the
 * wanted size, else the largest.
 */
final class SizeChoice {

    private SizeChoice() {}

    static PixelSize nearest(List<PixelSize> sizes, int width, int height) {
        double want = (double) width / height;
        double best =
                sizes.stream().mapToDouble(s -> s.aspectDistance(want)).min().orElseThrow();
        List<PixelSize> shaped = sizes.stream()
                .filter(s -> s.aspectDistance(want) <= best + 1e-9)
                .toList();
        return shaped.stream()
                .filter(s -> s.width() >= width && s.height() >= height)
                .min(Comparator.comparingLong(PixelSize::area))
                .orElseGet(() -> shaped.stream()
                        .max(Comparator.comparingLong(PixelSize::area))
                        .orElseThrow());
    }
}
