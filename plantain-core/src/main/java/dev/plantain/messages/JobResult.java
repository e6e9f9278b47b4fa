package dev.plantain.messages;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one terminal record of a job, on the {@code results} topic.
 *
 * @param jobId the job id, also the record key
 * @param status succeeded or failed
 * @param reason why it failed, in words a person can act on; for a best-effort success that never passed
 *     verification, what was not met; else null
 * @param image the final image, or null when failed
 * @param rounds refine rounds used
 * @param verified whether the delivered image passed every check
 * @param report the final verification report, or null when the job failed before verification
 * @param history every round verified
 * @param unrenderable words of the prompt the engines could not depict
 * @param timings milliseconds spent per stage, in order
 * @param labels the request's labels, passed through
 * @param attempt absent for a job's first run; the id of the replay that produced this result otherwise, so a
 *     consumer never mistakes a replay's result for a new answer
 */
public record JobResult(
        String jobId,
        JobStatus status,
        String reason,
        ImageRef image,
        int rounds,
        boolean verified,
        VerificationReport report,
        List<RoundRecord> history,
        List<String> unrenderable,
        Map<String, Long> timings,
        Map<String, String> labels,
        String attempt) {

    public JobResult {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        if (status == JobStatus.SUCCEEDED && image == null) {
            throw new IllegalArgumentException("a succeeded job must carry its image");
        }
        if (status == JobStatus.FAILED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a failed job must carry a reason");
        }
        history = Jobs.list(history);
        unrenderable = Jobs.list(unrenderable);
        timings = Jobs.timings(timings);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /**
     * The result format this build writes: 2 since the report's {@code score} is the share of the prompt's atoms
     * shown and {@code verified} needs every atom passed (1: the mean score of the plan's checks).
     */
    public static final int SCHEMA_VERSION = 2;

    /** Written with every result so a reader knows what {@code score} means; results without it are version 1. */
    @JsonProperty("schemaVersion")
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** A job that failed before it produced an image. */
    public static JobResult failed(String jobId, String reason, Map<String, String> labels, String attempt) {
        return new JobResult(jobId, JobStatus.FAILED, reason, null, 0, false, null, null, null, null, labels, attempt);
    }

    /** A job that failed after verification, with what it had got to. */
    public static JobResult failed(
            JobRequest request,
            String reason,
            List<RoundRecord> history,
            List<String> unrenderable,
            Map<String, Long> timings,
            String attempt) {
        RoundRecord last = history.get(history.size() - 1);
        return new JobResult(
                request.jobId(),
                JobStatus.FAILED,
                reason,
                null,
                last.round(),
                false,
                last.report(),
                history,
                unrenderable,
                timings,
                request.labels(),
                attempt);
    }
}
