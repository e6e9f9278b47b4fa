package dev.plantain.messages;

import dev.plantain.plan.ScenePlan;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate image waiting to be verified: the record of the {@code verify} topic, written by the draft and refiner
 * stages.
 *
 * @param jobId the job id, also the record key
 * @param request the original request
 * @param plan the scene plan the candidate must satisfy (the refiner may have moved boxes)
 * @param candidate the image to judge
 * @param round 0 for the draft, N after the Nth refinement
 * @param changes what the refiner changed to make this candidate (empty for the draft)
 * @param history the rounds verified before this one
 * @param timings milliseconds spent per stage so far, in order
 * @param attempt null for a job's first run; the id of the replay that started this run otherwise
 */
public record VerifyJob(
        String jobId,
        JobRequest request,
        ScenePlan plan,
        ImageRef candidate,
        int round,
        List<String> changes,
        List<RoundRecord> history,
        Map<String, Long> timings,
        String attempt) {

    public VerifyJob {
        Jobs.requireSameJob(jobId, request);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(candidate, "candidate");
        if (round < 0 || round > JobRequest.MAX_REFINE_ROUNDS) {
            throw new IllegalArgumentException("round " + round + " out of range 0.." + JobRequest.MAX_REFINE_ROUNDS);
        }
        changes = Jobs.list(changes);
        history = Jobs.list(history);
        timings = Jobs.timings(timings);
    }
}
