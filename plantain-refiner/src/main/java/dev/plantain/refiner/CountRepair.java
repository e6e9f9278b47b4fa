package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs a count failure: when fewer instances are drawn than the plan's check asks for, adds instances of the
 * entity's size (smaller if the canvas is crowded) at the free spots nearest its group; when more are drawn, removes
 * the last ones; when the drawn number is right, the instances merged or crowded in the pixels, so they are spaced
 * out (and shrunk if they cannot all stand apart).
 */
final class CountRepair {

    /** Sizes tried for an added instance, as fractions of the entity's largest instance. */
    private static final double[] SIZES = {1.0, 0.85, 0.7, 0.55};

    private CountRepair() {}

    static void repair(RepairState state, CheckResult check) {
        Optional<Entity> found = state.plan().entity(check.subject());
        if (found.isEmpty() || found.get().instances().isEmpty()) {
            SpacingRepair.repair(state, check);
            return;
        }
        Entity entity = found.get();
        int expected = state.expectedCount(check, entity);
        int drawn = entity.instances().size();
        if (drawn < expected) {
            for (int i = drawn; i < expected; i++) {
                if (!addOne(state, check, entity.id(), expected, drawn)) {
                    return;
                }
            }
        } else if (drawn > expected && expected >= 1) {
            for (int i = drawn; i > expected; i--) {
                state.removeLast(
                        entity.id(),
                        "the plan asks for " + expected + " " + entity.concept() + " and " + drawn + " were drawn",
                        check);
            }
        } else {
            SpacingRepair.repair(state, check);
        }
    }

    private static boolean addOne(RepairState state, CheckResult check, String entityId, int expected, int drawn) {
        Entity entity = state.plan().entity(entityId).orElseThrow();
        Box group = entity.bounds();
        Box largest = entity.instances().stream()
                .max((a, b) -> Long.compare(a.area(), b.area()))
                .orElseThrow();
        List<Box> blocked = state.obstacles(Set.of()).stream()
                .map(o -> o.box().grow(state.gap()))
                .toList();
        for (double size : SIZES) {
            int w = Math.max(1, (int) Math.round(largest.width() * size));
            int h = Math.max(1, (int) Math.round(largest.height() * size));
            Box near = new Box(
                    (int) Math.round(group.centerX() - w / 2.0), (int) Math.round(group.centerY() - h / 2.0), w, h);
            Optional<Box> spot = FreeSpots.nearest(near, state.interior(), blocked);
            if (spot.isPresent()) {
                state.add(
                        entityId,
                        spot.get(),
                        "the plan asks for " + expected + " " + entity.concept() + " and " + drawn + " were drawn",
                        check);
                return true;
            }
        }
        state.note("added no " + entity.concept() + ": the canvas has no free spot for one even at "
                + Math.round(100 * SIZES[SIZES.length - 1]) + "% of its size " + RepairState.cause(check));
        return false;
    }
}
