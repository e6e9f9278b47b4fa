package dev.plantain.messages;

import dev.plantain.plan.ScenePlan;
import java.util.Map;
import java.util.Objects;

/**
 * A planned job waiting to be drafted: the record of the {@code draft} topic, written by the planner.
 *
 * @param jobId the job id, also the record key
 * @param request the original request
 * @param plan the scene plan
 * @param timings milliseconds spent per stage so far, in order
 * @param attempt null for a job's first run; the id of the replay that started this run otherwise
 */
public record DraftJob(String jobId, JobRequest request, ScenePlan plan, Map<String, Long> timings, String attempt) {

    public DraftJob {
        Jobs.requireSameJob(jobId, request);
        Objects.requireNonNull(plan, "plan");
        timings = Jobs.timings(timings);
    }
}
