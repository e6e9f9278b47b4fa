package dev.plantain.messages;

import dev.plantain.plan.AtomKind;
import dev.plantain.plan.Box;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one scene-graph atom of the plan.
 *
 * @param atomId the plan's atom id ({@code a3})
 * @param kind what the atom asserts
 * @param status passed, failed (not depicted), or not verified (this engine cannot judge it)
 * @param engine the engine that judged it ({@code pixels}, or a model judge's name)
 * @param statement the atom in words a person reads ("the apple on the plate")
 * @param evidence what was measured or answered ("the apple rests on the plate's top edge, 3 px above it"); when
 *     not verified, why not ("action 'riding' is not judged from pixels by this engine")
 * @param checks the plan's check ids whose results this verdict used
 * @param region the evidence region, or null
 */
public record AtomResult(
        String atomId,
        AtomKind kind,
        CheckStatus status,
        String engine,
        String statement,
        String evidence,
        List<String> checks,
        Box region) {

    public AtomResult {
        Objects.requireNonNull(atomId, "atomId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public boolean passed() {
        return status == CheckStatus.PASSED;
    }

    /** The same verdict with another status and evidence (a child of a failed parent). */
    public AtomResult with(CheckStatus newStatus, String newEvidence) {
        return new AtomResult(atomId, kind, newStatus, engine, statement, newEvidence, checks, region);
    }

    /** "not depicted: the dog sleeping (why)" or "not judged: ...", for a reader. */
    public String inWords() {
        String verdict = switch (status) {
            case PASSED -> "shown";
            case FAILED -> "not depicted";
            case NOT_VERIFIED -> "not judged";
        };
        return verdict + ": " + statement + " (" + evidence + ")";
    }
}
