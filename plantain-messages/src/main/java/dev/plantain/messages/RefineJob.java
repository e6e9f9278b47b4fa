package dev.plantain.messages;

import dev.plantain.plan.ScenePlan;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate that failed verification, waiting to be repaired: the record of the {@code refine} topic, written by
 * the verifier.
 *
 * @param jobId the job id, also the record key
 * @param request the original request
 * @param plan the scene plan
 * @param candidate the image that failed
 * @param report why it failed
 * @param round the round of the failed candidate; the repair becomes round + 1
 * @param history every round verified so far, this one included
 * @param timings milliseconds spent per stage so far, in order
 * @param attempt null for a job's first run; the id of the replay that started this run otherwise
 */
public record RefineJob(
        String jobId,
        JobRequest request,
        ScenePlan plan,
        ImageRef candidate,
        VerificationReport report,
        int round,
        List<RoundRecord> history,
        Map<String, Long> timings,
        String attempt) {

    public RefineJob {
        Jobs.requireSameJob(jobId, request);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(report, "report");
        if (round >= request.maxRefineRounds()) {
            throw new IllegalArgumentException(
                    "round " + round + " leaves no refine round of " + request.maxRefineRounds());
        }
        history = Jobs.list(history);
        timings = Jobs.timings(timings);
    }
}
