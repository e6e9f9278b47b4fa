package dev.plantain.refiner;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Entity;
import java.util.Optional;

/**
 * Repairs a failed template check by repainting every instance of the entity from its planned art in its box, over
 * whatever was drawn there instead; the rest of the image stays as it was.
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
        state.redraw(entity);
        state.note("repainted every " + entity.concept() + " from its planned art '" + entity.artId() + "' in its box "
                + RepairState.cause(check));
    }
}
