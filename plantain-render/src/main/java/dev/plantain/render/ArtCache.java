package dev.plantain.render;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Palette;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered and recoloured art by art id, size and colour, least recently used first out, so an icon is parsed and
 * rasterised once per size rather than once per instance. Bounded both in entries and in pixels held.
 */
final class ArtCache {

    private record Key(String artId, int width, int height, String colour, Recolour recolour) {}

    private final ArtLibrary library;
    private final int maxEntries;
    private final long maxPixels;
    private final Map<Key, BufferedImage> images = new LinkedHashMap<>(64, 0.75f, true);
    private long pixels;

    ArtCache(ArtLibrary library, int maxEntries, long maxPixels) {
        this.library = library;
        this.maxEntries = maxEntries;
        this.maxPixels = maxPixels;
    }

    /** The art at the given size, recoloured to a palette colour unless the colour is null. */
    BufferedImage art(String artId, int width, int height, String colour, Recolour recolour) {
        Key key = new Key(artId, width, height, colour, colour == null ? null : recolour);
        BufferedImage cached = lookup(key);
        if (cached != null) {
            return cached;
        }
        BufferedImage image = colour == null
                ? library.render(artId, width, height)
                : ArtRecolourer.recolour(art(artId, width, height, null, null), Palette.named(colour), recolour);
        store(key, image);
        return image;
    }

    private synchronized BufferedImage lookup(Key key) {
        return images.get(key);
    }

    private synchronized void store(Key key, BufferedImage image) {
        BufferedImage previous = images.put(key, image);
        if (previous != null) {
            pixels -= area(previous);
        }
        pixels += area(image);
        Iterator<BufferedImage> eldest = images.values().iterator();
        while ((images.size() > maxEntries || pixels > maxPixels) && images.size() > 1) {
            pixels -= area(eldest.next());
            eldest.remove();
        }
    }

    private static long area(BufferedImage image) {
        return (long) image.getWidth() * image.getHeight();
    }
}
