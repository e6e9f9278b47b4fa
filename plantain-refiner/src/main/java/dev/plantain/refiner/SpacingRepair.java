package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.refiner.InstanceSettler.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs a count or clipping failure by moving the entity's instances that overlap, touch or crowd something, or
 * stand too near the canvas edge (a clipped one is drawn whole inside the canvas again), to the nearest free spots;
 * instances already clear stay where they are. When the canvas has no room for them at their size, every instance
 * is shrunk about its centre, step by step, until they fit.
 */
final class SpacingRepair {

    /** Scales tried when the instances cannot stand apart at their drawn size. */
    private static final double[] SHRINK = {0.85, 0.7, 0.55};

    private SpacingRepair() {}

    static void repair(RepairState state, CheckResult check) {
        Optional<Entity> found = state.drawnSubject(check);
        if (found.isEmpty()) {
            return;
        }
        Entity entity = found.get();
        Optional<List<Move>> moves = settle(state, entity, "it was too close to the canvas edge");
        if (moves.isPresent() && moves.get().isEmpty()) {
            state.note("left every " + entity.concept() + " where it was: each already stands clear of the others and"
                    + " of the canvas edge " + RepairState.cause(check));
        } else if (moves.isPresent()) {
            moves.get().forEach(m -> state.move(m.entityId(), m.index(), m.to(), m.why(), check));
        } else if (!shrink(state, entity, check)) {
            state.note("left every " + entity.concept() + " where it was: the canvas has no free spot for all of them,"
                    + " even at " + Math.round(100 * SHRINK[SHRINK.length - 1]) + "% of their size "
                    + RepairState.cause(check));
        }
    }

    private static Optional<List<Move>> settle(RepairState state, Entity entity, String outside) {
        InstanceSettler settler = new InstanceSettler(state.obstacles(Set.of(entity.id())), state.gap());
        return settler.settle(entity, state.interior(), outside, false);
    }

    /** Shrinks every instance until the settler places them all; applies the result and says whether it did. */
    private static boolean shrink(RepairState state, Entity entity, CheckResult check) {
        for (double scale : SHRINK) {
            List<Box> smaller =
                    entity.instances().stream().map(b -> scaled(b, scale)).toList();
            String why = "the canvas had no room for every " + entity.concept() + " at its size, so each was shrunk to "
                    + Math.round(100 * scale) + "%";
            Optional<List<Move>> moves = settle(state, entity.withInstances(smaller), why);
            if (moves.isPresent()) {
                List<Box> placed = new ArrayList<>(smaller);
                moves.get().forEach(m -> placed.set(m.index(), m.to()));
                for (int i = 0; i < placed.size(); i++) {
                    state.move(entity.id(), i, placed.get(i), why, check);
                }
                return true;
            }
        }
        return false;
    }

    private static Box scaled(Box box, double scale) {
        int w = Math.max(1, (int) Math.round(box.width() * scale));
        int h = Math.max(1, (int) Math.round(box.height() * scale));
        return new Box((int) Math.round(box.centerX() - w / 2.0), (int) Math.round(box.centerY() - h / 2.0), w, h);
    }
}
