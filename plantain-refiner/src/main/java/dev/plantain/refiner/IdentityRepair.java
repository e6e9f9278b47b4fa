package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import java.util.List;
import java.util.Optional;

/**
 * Repairs a failed template check by repainting every instance of the entity from its planned art in its box, over
 * whatever was drawn there instead; the rest of the image stays as it was. Instances drawn over one another hide each
 * other's art wherever they are repainted, so those are spaced apart instead.
 */
final class IdentityRepair {

    private IdentityRepair() {}

    static void repair(RepairState state, CheckResult check) {
        Optional<Entity> found = state.drawnSubject(check);
        if (found.isEmpty()) {
            return;
        }
        Entity entity = found.get();
        if (check.status() == CheckStatus.NOT_VERIFIED) {
            state.note("left every " + entity.concept() + " as it was: its template check could not be made "
                    + RepairState.cause(check));
            return;
        }
        if (overlapping(entity.instances())) {
            SpacingRepair.repair(state, check);
            return;
        }
        state.redraw(entity);
        state.note("repainted every " + entity.concept() + " from its planned art '" + entity.artId() + "' in its box "
                + RepairState.cause(check));
    }

    /** Whether any two of the boxes overlap. */
    private static boolean overlapping(List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).intersects(boxes.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
