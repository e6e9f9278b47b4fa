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
 * @param deterministic whether every engine that made this candidate (its draft and each refinement before it) gives
 *     the same pixels for the same inputs, so a replay reproduces it; absent in older records, read as true
 */
public record RoundRecord(
        int round, ImageRef candidate, VerificationReport report, List<String> changes, Boolean deterministic) {

    public RoundRecord {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(report, "report");
        changes = changes == null ? List.of() : List.copyOf(changes);
        deterministic = deterministic == null || deterministic;
    }

    /** A candidate made by deterministic engines. */
    public RoundRecord(int round, ImageRef candidate, VerificationReport report, List<String> changes) {
        this(round, candidate, report, changes, true);
    }
}
