package dev.plantain.planner;

/** Where an entity's instances sit vertically in their cell: resting on top of something, hanging under, or centred. */
enum Align {
    TOP,
    CENTER,
    BOTTOM;

    /** The offset of an item of size {@code item} within a span of size {@code span}. */
    double offset(double span, double item) {
        return switch (this) {
            case TOP -> 0;
            case CENTER -> (span - item) / 2;
            case BOTTOM -> span - item;
        };
    }
}
