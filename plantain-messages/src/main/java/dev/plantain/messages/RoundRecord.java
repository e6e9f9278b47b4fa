package dev.plantain.messages;

import java.util.List;
import java.util.Objects;

/**
 * One verified candidate in a job's history: round 0 is the draft, round N the Nth refinement.
 *
 * @param round the round number
 * @param candidate the image judged
 * @param report its verification
 * @param changes what the refiner changed to make it, and why (empty for the draft)
 */
public record RoundRecord(int round, ImageRef candidate, VerificationReport report, List<String> changes) {

    public RoundRecord {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(report, "report");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
