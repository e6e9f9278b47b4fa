package dev.plantain.verifier.service;

import dev.plantain.messages.Acceptance;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.RoundRecord;
import java.util.Comparator;
import java.util.List;

/**
 * Where a verified candidate goes next. The round number travels in the message, so the loop ends after at most
 * {@code maxRefineRounds} refinements whatever happens. Only a candidate with a check that failed goes to refine: one
 * whose only unmet atoms are not verified or not drawable (an action, a style, a thing without art) is delivered at
 * once, under best effort with {@code verified: false} and the list.
 */
public final class RefineLoop {

    /** The next hop. */
    public enum Route {
        /** Passed, or out of rounds under best-effort: deliver {@link Decision#chosen()}. */
        UPSCALE,
        /** Failed with rounds left and a check a refiner can repair: repair it. */
        REFINE,
        /** Failed, out of rounds, strict acceptance: the job fails. */
        FAIL
    }

    /** A route, the candidate it concerns, and why. */
    public record Decision(Route route, RoundRecord chosen, String reason) {}

    private RefineLoop() {}

    /** @param history every round verified so far, the newest last */
    public static Decision decide(JobRequest request, List<RoundRecord> history) {
        RoundRecord current = history.get(history.size() - 1);
        if (current.report().passed()) {
            return new Decision(Route.UPSCALE, current, "passed in round " + current.round());
        }
        if (current.round() < request.maxRefineRounds() && current.report().repairable()) {
            return new Decision(
                    Route.REFINE,
                    current,
                    "round " + current.round() + " failed; refine round " + (current.round() + 1) + " of "
                            + request.maxRefineRounds());
        }
        String unmet = current.report().summary();
        if (request.acceptance() == Acceptance.STRICT) {
            return new Decision(
                    Route.FAIL,
                    current,
                    "strict acceptance not met after " + current.round() + " refine round(s) (maxRefineRounds="
                            + request.maxRefineRounds()
                            + (current.report().repairable() ? "" : "; nothing a refiner" + " can repair") + "): "
                            + unmet);
        }
        RoundRecord best = history.stream()
                .max(Comparator.comparingDouble((RoundRecord r) -> r.report().score())
                        .thenComparingInt(RoundRecord::round))
                .orElseThrow();
        return new Decision(
                Route.UPSCALE,
                best,
                "best effort: never verified in " + (current.round() + 1)
                        + " candidate(s); delivering round " + best.round() + " (score "
                        + String.format("%.2f", best.report().score())
                        + "): " + best.report().summary());
    }
}
