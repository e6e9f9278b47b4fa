package dev.plantain.messages;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The verifier's judgement of one candidate image.
 *
 * @param passed true only when every check and every atom passed (one not verified is not passed)
 * @param score with atoms, the share of atoms passed; without (a plan with no scene graph), the mean of the check
 *     scores; 0 to 1
 * @param checks one result per check of the plan
 * @param overlay the candidate with the evidence drawn on it, or null
 * @param atoms one verdict per atom of the plan's scene graph, a child of a failed parent failed with it; empty for a
 *     plan without a graph
 */
public record VerificationReport(
        boolean passed, double score, List<CheckResult> checks, ImageRef overlay, List<AtomResult> atoms) {

    public VerificationReport {
        Objects.requireNonNull(checks, "checks");
        checks = List.copyOf(checks);
        atoms = atoms == null ? List.of() : List.copyOf(atoms);
        if (passed
                && (checks.stream().anyMatch(c -> !c.passed()) || atoms.stream().anyMatch(a -> !a.passed()))) {
            throw new IllegalArgumentException("a report with a check or an atom not passed cannot pass");
        }
    }

    /** A report without atoms (a plan with no scene graph). */
    public VerificationReport(boolean passed, double score, List<CheckResult> checks, ImageRef overlay) {
        this(passed, score, checks, overlay, List.of());
    }

    /** Builds a report whose verdict and score follow from its checks. */
    public static VerificationReport of(List<CheckResult> checks, ImageRef overlay) {
        return of(checks, List.of(), overlay);
    }

    /**
     * Builds a report whose verdict follows from its checks and atoms, and whose score is the share of atoms passed
     * (the mean check score when there are no atoms).
     */
    public static VerificationReport of(List<CheckResult> checks, List<AtomResult> atoms, ImageRef overlay) {
        double score = atoms.isEmpty()
                ? checks.stream().mapToDouble(CheckResult::score).average().orElse(1.0)
                : atoms.stream().filter(AtomResult::passed).count() / (double) atoms.size();
        boolean passed =
                checks.stream().allMatch(CheckResult::passed) && atoms.stream().allMatch(AtomResult::passed);
        return new VerificationReport(passed, score, checks, overlay, atoms);
    }

    public List<CheckResult> unmet() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** The atoms not shown: failed (not depicted) or not verified (not judged). */
    public List<AtomResult> unmetAtoms() {
        return atoms.stream().filter(a -> !a.passed()).toList();
    }

    /**
     * Whether a repair could help: some check failed. A check or an atom that is only not verified (no OCR, an action,
     * a style) or an atom no check stands behind (a thing without art, a stand-in) is nothing a refiner can change, so
     * such a candidate is delivered at once.
     */
    @JsonIgnore
    public boolean repairable() {
        return checks.stream().anyMatch(c -> c.status() == CheckStatus.FAILED);
    }

    /** A one-line summary: "3/4 checks passed; failed: count:e1 (found 2 apples, expected 3)". */
    public String summary() {
        long ok = checks.size() - unmet().size();
        StringBuilder s = new StringBuilder(ok + "/" + checks.size() + " checks passed");
        if (!unmet().isEmpty()) {
            s.append("; not met: ");
            s.append(String.join(
                    "; ",
                    unmet().stream()
                            .map(c -> c.checkId() + " (" + c.measured() + ")")
                            .toList()));
        }
        if (!unmetAtoms().isEmpty()) {
            s.append("; ")
                    .append(atoms.size() - unmetAtoms().size())
                    .append("/")
                    .append(atoms.size());
            s.append(" atoms shown; ");
            s.append(String.join(
                    "; ", unmetAtoms().stream().map(AtomResult::inWords).toList()));
        }
        return s.toString();
    }
}
