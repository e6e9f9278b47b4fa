package dev.plantain.planner.layout;

import dev.plantain.plan.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out "in front of" and "behind": the front entity, laid beside the one behind it, is moved over it so that the
 * two overlap partly, and stands a little lower (nearer the viewer); it gets a higher draw order, so it is drawn over
 * the one behind. The moves stay inside the layout's area.
 */
final class FrontAndBack {

    /** How much of the narrower of the two the front entity covers, across. */
    static final double OVERLAP = 0.3;

    /** How much lower the front entity stands, as a share of its own height. */
    static final double LOWER = 0.08;

    private FrontAndBack() {}

    /** Moves each front entity's boxes over what it stands in front of, front-most pairs last. */
    static void overlap(List<List<Box>> instances, List<List<Integer>> frontOf, Cell area) {
        int[] order = drawOrders(frontOf, instances.size());
        for (int rank = 1; rank <= max(order); rank++) {
            for (int front = 0; front < instances.size(); front++) {
                if (order[front] == rank) {
                    for (int back : frontOf.get(front)) {
                        moveOver(instances, front, back, area);
                    }
                }
            }
        }
    }

    /** Each entity's draw order: 0 for one in front of none, else one more than the highest it stands in front of. */
    static int[] drawOrders(List<List<Integer>> frontOf, int size) {
        List<List<Integer>> backToFront = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            backToFront.add(new ArrayList<>());
        }
        for (int front = 0; front < size; front++) {
            for (int back : frontOf.get(front)) {
                backToFront.get(back).add(front);
            }
        }
        return RelationGraph.ranks(backToFront, size);
    }

    /** Moves the front group over the back one, lower; where the area's bottom stops it, the back group rises. */
    private static void moveOver(List<List<Box>> instances, int front, int back, Cell area) {
        Box f = union(instances.get(front));
        Box b = union(instances.get(back));
        int overlap = (int) Math.round(OVERLAP * Math.min(f.width(), b.width()));
        int dx = f.centerX() <= b.centerX() ? b.x() + overlap - f.right() : b.right() - overlap - f.x();
        int needed = b.bottom() + (int) Math.round(LOWER * f.height()) - f.bottom();
        int top = (int) Math.ceil(area.y());
        int dy = clamp(needed, top - f.y(), (int) Math.floor(area.y() + area.height()) - f.bottom());
        dx = clamp(dx, (int) Math.ceil(area.x()) - f.x(), (int) Math.floor(area.x() + area.width()) - f.right());
        instances.set(front, shifted(instances.get(front), dx, dy));
        if (needed > dy) {
            instances.set(back, shifted(instances.get(back), 0, -Math.min(needed - dy, b.y() - top)));
        }
    }

    private static List<Box> shifted(List<Box> boxes, int dx, int dy) {
        List<Box> moved = new ArrayList<>();
        for (Box box : boxes) {
            moved.add(new Box(box.x() + dx, box.y() + dy, box.width(), box.height()));
        }
        return moved;
    }

    private static Box union(List<Box> boxes) {
        return boxes.stream().reduce(Box::union).orElseThrow();
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    private static int max(int[] values) {
        int max = 0;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
