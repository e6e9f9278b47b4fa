package dev.plantain.messages;

import dev.plantain.plan.Box;
import dev.plantain.plan.CheckKind;
import java.util.Objects;

/**
 * What the verifier found for one check of the plan.
 *
 * @param checkId the plan's check id
 * @param kind what was checked
 * @param subject the entity or text id
 * @param status passed, failed or not verified
 * @param score 0 to 1, how well the pixels meet the check
 * @param measured what was measured, in words ("found 2 apples, expected 3")
 * @param region the evidence region, or null when the check concerns the whole image
 */
public record CheckResult(
        String checkId, CheckKind kind, String subject, CheckStatus status, double score, String measured, Box region) {

    public CheckResult {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0..1, was " + score);
        }
    }

    public boolean passed() {
        return status == CheckStatus.PASSED;
    }
}
