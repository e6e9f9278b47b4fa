package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Entity;
import dev.plantain.refiner.InstanceSettler.Move;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs a count or clipping failure by moving the entity's instances that overlap, touch or crowd something, or
 * stand too near the canvas edge, to the nearest free spots; instances already clear stay where they are.
 */
final class SpacingRepair {

    private SpacingRepair() {}

    static void repair(RepairState state, CheckResult check) {
        Optional<Entity> found = state.plan().entity(check.subject());
        if (found.isEmpty() || found.get().instances().isEmpty()) {
            state.note("left the image as it was: the plan has no drawn entity " + check.subject() + " "
                    + RepairState.cause(check));
            return;
        }
        Entity entity = found.get();
        InstanceSettler settler = new InstanceSettler(state.obstacles(Set.of(entity.id())), state.gap());
        Optional<List<Move>> moves =
                settler.settle(entity, state.interior(), "it was too close to the canvas edge", false);
        if (moves.isEmpty()) {
            state.note("left every " + entity.concept() + " where it was: the canvas has no free spot for all of them "
                    + RepairState.cause(check));
        } else if (moves.get().isEmpty()) {
            state.note("left every " + entity.concept() + " where it was: each already stands clear of the others and"
                    + " of the canvas edge " + RepairState.cause(check));
        } else {
            moves.get().forEach(m -> state.move(m.entityId(), m.index(), m.to(), m.why(), check));
        }
    }
}
