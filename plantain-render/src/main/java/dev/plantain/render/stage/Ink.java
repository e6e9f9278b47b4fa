package dev.plantain.render.stage;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Box;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an art's opaque pixels lie inside the box it is drawn into: icons are fitted into their boxes with margins,
 * so "the top of the table" or "the foot of the cat" is the ink's edge, not the box's. Measured once per art id and
 * box shape at a small reference size and scaled; bounded and thread-safe.
 */
public final class Ink {

    /** The long side of the reference rendering, in pixels. */
    private static final int REFERENCE = 160;

    private static final int MAX_ENTRIES = 512;

    /** The ink's left, top, width and height as shares of the box. */
    private record Shares(double x, double y, double width, double height) {}

    private record Key(String artId, int width, int height) {}

    private final ArtLibrary library;
    private final Map<Key, Shares> measured = new LinkedHashMap<>(64, 0.75f, true);

    public Ink(ArtLibrary library) {
        this.library = library;
    }

    /** The box around the art's opaque pixels when it is drawn into {@code box}, in canvas pixels. */
    public Box of(String artId, Box box) {
        if (box.width() < 1 || box.height() < 1) {
            return box;
        }
        double longSide = Math.max(box.width(), box.height());
        int w = Math.max(1, (int) Math.round(REFERENCE * box.width() / longSide));
        int h = Math.max(1, (int) Math.round(REFERENCE * box.height() / longSide));
        Shares s = shares(new Key(artId, w, h));
        return new Box(
                box.x() + (int) Math.round(s.x() * box.width()),
                box.y() + (int) Math.round(s.y() * box.height()),
                Math.max(1, (int) Math.round(s.width() * box.width())),
                Math.max(1, (int) Math.round(s.height() * box.height())));
    }

    private Shares shares(Key key) {
        synchronized (measured) {
            Shares known = measured.get(key);
            if (known != null) {
                return known;
            }
        }
        Shares found = measure(key);
        synchronized (measured) {
            measured.put(key, found);
            if (measured.size() > MAX_ENTRIES) {
                measured.remove(measured.keySet().iterator().next());
            }
        }
        return found;
    }

    private Shares measure(Key key) {
        BufferedImage image;
        try {
            image = library.render(key.artId(), key.width(), key.height());
        } catch (IllegalArgumentException noArt) {
            return new Shares(0, 0, 1, 1);
        }
        int left = key.width();
        int top = key.height();
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < key.height(); y++) {
            for (int x = 0; x < key.width(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 40) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return new Shares(0, 0, 1, 1);
        }
        return new Shares(
                left / (double) key.width(),
                top / (double) key.height(),
                (right - left + 1) / (double) key.width(),
                (bottom - top + 1) / (double) key.height());
    }
}
