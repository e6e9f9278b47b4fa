package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.RelationKind;
import dev.plantain.refiner.InstanceSettler.Move;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs a position failure by splitting the canvas at a line between the two entities and settling the one that
 * must come first (left or above) on its near side and the other beyond, so that every instance of one stands
 * clear of every instance of the other and their centroids follow the relation with room to spare.
 */
final class RelationRepair {

    private static final double[] SPLITS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};

    /** How much lower than the one behind the front one's foot stands, as a share of its height (as the layout). */
    static final double LOWER = 0.08;

    /** How much of the narrower of the two boxes the front one covers, across (art leaves a margin inside its box). */
    static final double ACROSS = 0.4;

    private RelationRepair() {}

    static void repair(RepairState state, CheckResult check) {
        String[] parts = check.checkId().split(":");
        Optional<Entity> subject = state.plan().entity(parts.length == 4 ? parts[1] : String.valueOf(check.subject()));
        Optional<Entity> object = parts.length == 4 ? state.plan().entity(parts[3]) : Optional.empty();
        RelationKind relation = parts.length == 4 ? relation(parts[2]) : null;
        if (subject.isEmpty()
                || object.isEmpty()
                || relation == null
                || subject.get().instances().isEmpty()
                || object.get().instances().isEmpty()
                || subject.get().id().equals(object.get().id())) {
            state.note("left the image as it was: " + check.checkId() + " does not name two drawn entities and a"
                    + " known relation " + RepairState.cause(check));
            return;
        }
        switch (relation) {
            case LEFT_OF -> place(state, check, subject.get(), object.get(), true);
            case RIGHT_OF -> place(state, check, object.get(), subject.get(), true);
            case ABOVE, ON_TOP_OF -> place(state, check, subject.get(), object.get(), false);
            case BELOW, UNDER -> place(state, check, object.get(), subject.get(), false);
            case NEXT_TO -> beside(state, check, subject.get(), object.get());
            // nearer the viewer stands lower, and before the other: overlapping it, its foot a little lower
            case IN_FRONT_OF -> inFront(state, check, subject.get(), object.get());
            case BEHIND -> inFront(state, check, object.get(), subject.get());
            default -> {
                SpacingRepair.repair(state, check);
                state.note("spaced the " + subject.get().concept() + " out only: the refiner places no \""
                        + relation.label() + "\" relation " + RepairState.cause(check));
            }
        }
    }

    /**
     * Settles {@code front} before {@code back}: across it by {@value #ACROSS} of the narrower of the two, with its
     * foot {@value #LOWER} of its height lower (nearer the viewer), the side it is on tried first; the artist's keyline
     * keeps the two apart to the eye and to the verifier. Where neither side has room, the front is settled below, as a
     * last resort.
     */
    private static void inFront(RepairState state, CheckResult check, Entity front, Entity back) {
        Box anchor = back.bounds();
        Box inner = state.interior();
        int width = extent(front, true);
        int height = extent(front, false);
        int foot = Math.min(inner.bottom(), anchor.bottom() + (int) Math.ceil(LOWER * height));
        int across = (int) Math.round(ACROSS * Math.min(width, anchor.width()));
        Box right = new Box(anchor.right() - across, foot - height, width, height);
        Box left = new Box(anchor.x() + across - width, foot - height, width, height);
        boolean onRight = centroid(front, true) >= anchor.centerX();
        List<Box> bands = foot <= anchor.bottom() ? List.of() : onRight ? List.of(right, left) : List.of(left, right);
        for (Box band : bands) {
            if (!FreeSpots.free(band, inner, List.of())) {
                continue;
            }
            InstanceSettler settler = new InstanceSettler(state.obstacles(Set.of(front.id(), back.id())), state.gap());
            Optional<List<Move>> moves = settler.settle(
                    front, band, "it must stand before the " + back.concept() + ", a little lower", true);
            if (moves.isPresent()) {
                moves.get().forEach(m -> state.move(m.entityId(), m.index(), m.to(), m.why(), check));
                return;
            }
        }
        place(state, check, back, front, false);
    }

    /** Settles {@code first} before (left of, or above) {@code second}, trying split lines from likeliest. */
    private static void place(RepairState state, CheckResult check, Entity first, Entity second, boolean horizontal) {
        Box inner = state.interior();
        int gap = state.gap();
        int lo = horizontal ? inner.x() : inner.y();
        int hi = horizontal ? inner.right() : inner.bottom();
        int minSplit = lo + extent(first, horizontal) + gap;
        int maxSplit = hi - extent(second, horizontal) - gap;
        String before = horizontal ? "left of" : "above";
        String after = horizontal ? "right of" : "below";
        Set<Integer> splits = minSplit > maxSplit ? Set.of() : splits(first, second, horizontal, lo, hi);
        for (int split : splits) {
            int at = Math.max(minSplit, Math.min(maxSplit, split));
            InstanceSettler settler = new InstanceSettler(state.obstacles(Set.of(first.id(), second.id())), gap);
            Optional<List<Move>> firstMoves = settler.settle(
                    first,
                    side(inner, lo, at - gap / 2, horizontal),
                    "it must stand " + before + " every " + second.concept(),
                    true);
            Optional<List<Move>> secondMoves = firstMoves.isEmpty()
                    ? Optional.empty()
                    : settler.settle(
                            second,
                            side(inner, at + gap - gap / 2, hi, horizontal),
                            "it must stand " + after + " every " + first.concept(),
                            true);
            if (secondMoves.isPresent()) {
                List<Move> moves = new ArrayList<>(firstMoves.get());
                moves.addAll(secondMoves.get());
                moves.forEach(m -> state.move(m.entityId(), m.index(), m.to(), m.why(), check));
                if (moves.isEmpty()) {
                    state.note("left " + first.concept() + " and " + second.concept() + " where they were: they"
                            + " already stand apart in the asked order " + RepairState.cause(check));
                }
                return;
            }
        }
        state.note("left " + first.concept() + " and " + second.concept() + " where they were: the canvas has no room"
                + " to set every " + first.concept() + " " + before + " every " + second.concept() + " "
                + RepairState.cause(check));
    }

    /**
     * Settles the subject in a band hugging one side of the object's group, level with it and one gap from it, so the
     * verifier's next-to rule (a gap under half the wider width, heights overlapping) holds even for art that leaves
     * room inside its box; tries the side the subject is on first.
     */
    private static void beside(RepairState state, CheckResult check, Entity subject, Entity object) {
        Box anchor = object.bounds();
        Box inner = state.interior();
        int gap = state.gap();
        int width = extent(subject, true);
        int height = extent(subject, false);
        int bandWidth = width + gap;
        int top = Math.max(inner.y(), anchor.y() - height / 2);
        int bottom = Math.min(inner.bottom(), anchor.bottom() + height / 2);
        Box right = new Box(anchor.right() + gap, top, bandWidth, Math.max(0, bottom - top));
        Box left = new Box(anchor.x() - gap - bandWidth, top, bandWidth, Math.max(0, bottom - top));
        boolean onRight = centroid(subject, true) >= anchor.centerX();
        for (Box band : onRight ? List.of(right, left) : List.of(left, right)) {
            if (band.x() < inner.x() || band.right() > inner.right()) {
                continue;
            }
            InstanceSettler settler = new InstanceSettler(state.obstacles(Set.of(subject.id())), gap);
            Optional<List<Move>> moves =
                    settler.settle(subject, band, "it must stand next to the " + object.concept(), true);
            if (moves.isPresent()) {
                moves.get().forEach(m -> state.move(m.entityId(), m.index(), m.to(), m.why(), check));
                if (moves.get().isEmpty()) {
                    state.note("left the " + subject.concept() + " where it was: it already stands against the "
                            + object.concept() + " " + RepairState.cause(check));
                }
                return;
            }
        }
        SpacingRepair.repair(state, check);
        state.note("spaced the " + subject.concept() + " out only: no room beside the " + object.concept() + " "
                + RepairState.cause(check));
    }

    /** Candidate split lines: midway between the groups when already in order, then fractions of the canvas. */
    private static Set<Integer> splits(Entity first, Entity second, boolean horizontal, int lo, int hi) {
        Set<Integer> splits = new LinkedHashSet<>();
        double a = centroid(first, horizontal);
        double b = centroid(second, horizontal);
        if (a < b) {
            splits.add((int) Math.round((a + b) / 2));
        }
        for (double f : SPLITS) {
            splits.add((int) Math.round(lo + (hi - lo) * f));
        }
        return splits;
    }

    private static Box side(Box inner, int from, int to, boolean horizontal) {
        int length = Math.max(0, to - from);
        return horizontal
                ? new Box(from, inner.y(), length, inner.height())
                : new Box(inner.x(), from, inner.width(), length);
    }

    private static int extent(Entity entity, boolean horizontal) {
        return entity.instances().stream()
                .mapToInt(b -> horizontal ? b.width() : b.height())
                .max()
                .orElse(0);
    }

    private static double centroid(Entity entity, boolean horizontal) {
        return entity.instances().stream()
                .mapToDouble(b -> horizontal ? b.centerX() : b.centerY())
                .average()
                .orElse(0);
    }

    private static RelationKind relation(String label) {
        try {
            return RelationKind.fromLabel(label);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
