package dev.plantain.refiner;

import dev.plantain.plan.Box;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Finds where a box of a given size can stand inside a region without touching any blocked box, nearest first. */
final class FreeSpots {

    /** Candidate positions per canvas side; finer steps cost time and gain little. */
    private static final int STEPS = 128;

    private FreeSpots() {}

    /**
     * The free position nearest to {@code original} (by its top-left corner) for a box of the same size, inside
     * {@code region} and intersecting none of {@code blocked}; empty when the region has no such spot.
     */
    static Optional<Box> nearest(Box original, Box region, List<Box> blocked) {
        int w = original.width();
        int h = original.height();
        if (w > region.width() || h > region.height()) {
            return Optional.empty();
        }
        TreeSet<Integer> xs = positions(region.x(), region.right() - w, original.x());
        TreeSet<Integer> ys = positions(region.y(), region.bottom() - h, original.y());
        Box best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int x : xs) {
            for (int y : ys) {
                long dx = x - original.x();
                long dy = y - original.y();
                long distance = dx * dx + dy * dy;
                if (distance < bestDistance) {
                    Box candidate = new Box(x, y, w, h);
                    if (blocked.stream().noneMatch(candidate::intersects)) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a box stands inside a region and clear of every blocked box. */
    static boolean free(Box box, Box region, List<Box> blocked) {
        return box.x() >= region.x()
                && box.y() >= region.y()
                && box.right() <= region.right()
                && box.bottom() <= region.bottom()
                && blocked.stream().noneMatch(box::intersects);
    }

    /** A grid over [min, max], with both ends and the original position (clamped) among it. */
    private static TreeSet<Integer> positions(int min, int max, int original) {
        TreeSet<Integer> positions = new TreeSet<>();
        int step = Math.max(1, (max - min) / STEPS);
        for (int p = min; p < max; p += step) {
            positions.add(p);
        }
        positions.add(max);
        positions.add(Math.max(min, Math.min(max, original)));
        return positions;
    }
}
