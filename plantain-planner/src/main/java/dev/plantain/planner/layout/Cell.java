package dev.plantain.planner.layout;

import dev.plantain.plan.Box;
import dev.plantain.plan.EntitySize;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of the canvas, in real pixels, that holds one entity's instances on a small grid of square slots.
 * Each box lies inside its slot, so boxes in different slots or cells never overlap.
 */
record Cell(double x, double y, double width, double height) {

    /** A medium entity's box side as a share of its slot; sizes scale it, up to {@link #MAX_FILL}. */
    static final double MEDIUM_FILL = 0.6;

    static final double MAX_FILL = 0.92;

    /** The side of the largest square slot when {@code count} slots share the cell. */
    double slot(int count) {
        return slot(count, columns(count));
    }

    private double slot(int count, int columns) {
        int rows = (count + columns - 1) / columns;
        return Math.min(width / columns, height / rows);
    }

    private int columns(int count) {
        int best = 1;
        for (int c = 2; c <= count; c++) {
            if (slot(count, c) > slot(count, best)) {
                best = c;
            }
        }
        return best;
    }

    /** One box per instance, grouped, placed vertically as {@code align} and horizontally as {@code across} say. */
    List<Box> boxes(int count, EntitySize size, Align align, Align across) {
        int columns = columns(count);
        int rows = (count + columns - 1) / columns;
        double slot = slot(count, columns);
        int side = (int) Math.floor(slot * Math.min(MAX_FILL, MEDIUM_FILL * size.scale()));
        double top = y + align.offset(height, rows * slot);
        List<Box> boxes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int row = i / columns;
            int inRow = Math.min(columns, count - row * columns);
            double left = x + across.offset(width, inRow * slot) + (i % columns) * slot;
            double slotTop = top + row * slot;
            int bx = (int) Math.floor(left + across.inSlot(slot, side));
            int by = (int) Math.floor(slotTop + align.offset(slot, side));
            boxes.add(new Box(bx, by, side, side));
        }
        return boxes;
    }
}
