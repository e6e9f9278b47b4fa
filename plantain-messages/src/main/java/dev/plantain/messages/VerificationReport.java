package dev.plantain.messages;

import java.util.List;
import java.util.Objects;

/**
 * The verifier's judgement of one candidate image.
 *
 * @param passed true only when every check passed (a check not verified is not passed)
 * @param score the mean of the check scores, 0 to 1
 * @param checks one result per check of the plan
 * @param overlay the candidate with the evidence drawn on it, or null
 */
public record VerificationReport(boolean passed, double score, List<CheckResult> checks, ImageRef overlay) {

    public VerificationReport {
        Objects.requireNonNull(checks, "checks");
        checks = List.copyOf(checks);
        if (passed && checks.stream().anyMatch(c -> !c.passed())) {
            throw new IllegalArgumentException("a report with a check not passed cannot pass");
        }
    }

    /** Builds a report whose verdict and score follow from its checks. */
    public static VerificationReport of(List<CheckResult> checks, ImageRef overlay) {
        double score = checks.stream().mapToDouble(CheckResult::score).average().orElse(1.0);
        return new VerificationReport(checks.stream().allMatch(CheckResult::passed), score, checks, overlay);
    }

    public List<CheckResult> unmet() {
        return checks.stream().filter(c -> !c.passed()).toList();
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
        return s.toString();
    }
}
