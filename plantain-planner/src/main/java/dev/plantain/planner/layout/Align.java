package dev.plantain.planner.layout;

/**
 * Where an entity's instances sit in their cell along one axis: against the start (top or left), centred, or
 * against the end (bottom or right). Resting on top of something is END vertically; standing just left of a
 * neighbour is END horizontally.
 */
enum Align {
    START,
    CENTER,
    END;

    /** The offset of an item of size {@code item} within a span of size {@code span}. */
    double offset(double span, double item) {
        return switch (this) {
            case START -> 0;
            case CENTER -> (span - item) / 2;
            case END -> span - item;
        };
    }

    /** The offset of a box within its slot: near the start or end edge (a tenth of the slack left) or centred. */
    double inSlot(double slot, double side) {
        return switch (this) {
            case START -> (slot - side) * 0.1;
            case CENTER -> (slot - side) / 2;
            case END -> (slot - side) * 0.9;
        };
    }
}
