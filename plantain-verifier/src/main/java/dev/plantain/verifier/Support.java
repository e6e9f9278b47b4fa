package dev.plantain.verifier;

import dev.plantain.plan.Box;

/**
 * The verifier's own geometry for "on", "in" and "under", from the boxes of the found pixels: on is support (the
 * thing's foot rests on the other's top, touching it, over it), in is containment, under is below and overlapping.
 */
final class Support {

    /** How far (a share of the lower thing's height) a foot may float above or sink into the top and still rest on it. */
    static final double CONTACT = 0.12;
    /** How deep into the lower thing a foot may stand and still rest on its top surface (a cup on a table top). */
    static final double SINK = 0.45;
    /** The share of the contained thing's box that must lie inside the container's. */
    static final double INSIDE = 0.8;

    /** Whether a relation holds, and what was measured, in words. */
    record Finding(boolean holds, String words) {}

    private Support() {}

    /** "a on b": a's bottom edge at b's top (within contact, or sunk into its top part), a's centre over b. */
    static Finding judge(Box a, Box b) {
        double centre = a.x() + a.width() / 2.0;
        boolean over = centre >= b.x() && centre <= b.right();
        int gap = b.y() - a.bottom();
        double tolerance = CONTACT * b.height();
        boolean touching = gap <= tolerance && -gap <= SINK * b.height();
        boolean higher = a.y() < b.y();
        boolean holds = over && touching && higher;
        String where = gap > 0
                ? "its foot floats " + gap + " px above the other's top"
                : "its foot is " + (-gap) + " px below the other's top edge";
        return new Finding(
                holds,
                where
                        + (over ? ", over it" : ", not over it")
                        + (holds ? ": resting on it" : ": not resting on it")
                        + String.format(" (contact within %.0f px expected)", tolerance));
    }

    /** "a in b": most of a's box lies inside b's. */
    static Finding containment(Box a, Box b) {
        double inside = overlap(a, b) / (double) Math.max(1L, (long) a.width() * a.height());
        boolean holds = inside >= INSIDE;
        return new Finding(
                holds,
                String.format(
                        "%.0f%% of the first lies inside the second, at least %.0f%% expected",
                        100 * inside, 100 * INSIDE));
    }

    /** "a under b": a's top below b's centre, the two overlapping across. */
    static Finding under(Box a, Box b) {
        boolean below = a.y() + a.height() / 2.0 > b.y() + b.height() / 2.0 && a.bottom() > b.bottom();
        boolean across = Math.min(a.right(), b.right()) > Math.max(a.x(), b.x());
        boolean holds = below && across;
        return new Finding(
                holds,
                (below ? "below" : "not below") + " and " + (across ? "overlapping across" : "not overlapping across"));
    }

    private static long overlap(Box a, Box b) {
        long w = Math.max(0, Math.min(a.right(), b.right()) - Math.max(a.x(), b.x()));
        long h = Math.max(0, Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y()));
        return w * h;
    }
}
