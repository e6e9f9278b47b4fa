package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import java.util.Optional;

/** Counts the separate drawings of an entity; instances drawn over each other merge into one and fail the count. */
final class CountJudge {

    private CountJudge() {}

    static CheckResult judge(Check check, Scene scene) {
        Optional<Entity> found = scene.entity(check.subject());
        if (found.isEmpty()) {
            return Verdicts.unknownEntity(check, check.subject());
        }
        Entity entity = found.get();
        int expected = expected(check, entity);
        int count = scene.found(entity.id()).size();
        String measured = "found " + count + " " + Verdicts.noun(entity, count) + ", expected " + expected;
        double score = count == expected ? 1 : 1 - Math.abs(count - expected) / (double) expected;
        return Verdicts.of(check, count == expected, score, measured, scene.region(entity));
    }

    private static int expected(Check check, Entity entity) {
        try {
            return check.expected() == null
                    ? entity.count()
                    : Integer.parseInt(check.expected().trim());
        } catch (NumberFormatException e) {
            return entity.count();
        }
    }
}
