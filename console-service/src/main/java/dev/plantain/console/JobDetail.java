package dev.plantain.console;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.RoundRecord;
import dev.plantain.plan.ScenePlan;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A job's page: a snapshot of all the console knows of it.
 *
 * @param request the request, or null when it was unreadable or is gone from the topic
 * @param result the answer, or null while it runs
 * @param plan the scene plan as the planner wrote it, or null when not read (yet)
 */
@TemplateData
public record JobDetail(
        JobRow row,
        JobRequest request,
        List<JobEvent> events,
        JobResult result,
        List<ReplayRow> replays,
        ScenePlan plan) {

    /** Every round verified, from the result's history. */
    public List<RoundRecord> rounds() {
        return result == null ? List.of() : result.history();
    }

    /** The trace id the job's records carry, or null when tracing is off. */
    public String traceId() {
        return events.stream()
                .map(JobEvent::traceId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The final image's hex digest, or null. */
    public String finalImage() {
        return row.thumb();
    }

    /**
     * A replay of the job.
     *
     * @param status running, succeeded or failed
     * @param image its final image's hex digest, or null
     */
    @TemplateData
    public record ReplayRow(String attempt, String stage, long sentAt, String status, String image) {}
}
