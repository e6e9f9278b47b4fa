package dev.plantain.messages;

import dev.plantain.plan.ScenePlan;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The chosen candidate waiting for its final size: the record of the {@code upscale} topic, written by the verifier.
 *
 * @param jobId the job id, also the record key
 * @param request the original request
 * @param plan the scene plan
 * @param candidate the chosen image at native resolution
 * @param report its verification report
 * @param history every round verified
 * @param timings milliseconds spent per stage so far, in order
 * @param attempt null for a job's first run; the id of the replay that started this run otherwise
 */
public record UpscaleJob(
        String jobId,
        JobRequest request,
        ScenePlan plan,
        ImageRef candidate,
        VerificationReport report,
        List<RoundRecord> history,
        Map<String, Long> timings,
        String attempt) {

    public UpscaleJob {
        Jobs.requireSameJob(jobId, request);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(report, "report");
        history = Jobs.list(history);
        timings = Jobs.timings(timings);
    }
}
