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
 * @param upscale how the delivered image got its requested size from the candidate drawn (the factor, any crop); null
 *     when the job failed
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
        String attempt,
        Upscale upscale) {

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

    /**
     * Whether a replay of this job gives the same image: true when every candidate in its history was made by
     * deterministic engines (the built-in ones), false once a remote model drew or edited one. Derived from the
     * history, so a result without the field (older writers) reads as true.
     */
    @JsonProperty("deterministic")
    public boolean deterministic() {
        return history.stream().allMatch(RoundRecord::deterministic);
    }

    /** A job that failed before it produced an image. */
    public static JobResult failed(String jobId, String reason, Map<String, String> labels, String attempt) {
        return builder()
                .jobId(jobId)
                .status(JobStatus.FAILED)
                .reason(reason)
                .labels(labels)
                .attempt(attempt)
                .build();
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
        return builder()
                .jobId(request.jobId())
                .status(JobStatus.FAILED)
                .reason(reason)
                .rounds(last.round())
                .report(last.report())
                .history(history)
                .unrenderable(unrenderable)
                .timings(timings)
                .labels(request.labels())
                .attempt(attempt)
                .build();
    }

    /** A result built by field name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.jobId = jobId;
        b.status = status;
        b.reason = reason;
        b.image = image;
        b.rounds = rounds;
        b.verified = verified;
        b.report = report;
        b.history = history;
        b.unrenderable = unrenderable;
        b.timings = timings;
        b.labels = labels;
        b.attempt = attempt;
        b.upscale = upscale;
        return b;
    }

    /** Builds a {@link JobResult} by field name; the record's constructor still checks every value. */
    public static final class Builder {
        private String jobId;
        private JobStatus status;
        private String reason;
        private ImageRef image;
        private int rounds;
        private boolean verified;
        private VerificationReport report;
        private List<RoundRecord> history = List.of();
        private List<String> unrenderable = List.of();
        private Map<String, Long> timings = Map.of();
        private Map<String, String> labels = Map.of();
        private String attempt;
        private Upscale upscale;

        private Builder() {}

        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        public Builder status(JobStatus status) {
            this.status = status;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder image(ImageRef image) {
            this.image = image;
            return this;
        }

        public Builder rounds(int rounds) {
            this.rounds = rounds;
            return this;
        }

        public Builder verified(boolean verified) {
            this.verified = verified;
            return this;
        }

        public Builder report(VerificationReport report) {
            this.report = report;
            return this;
        }

        public Builder history(List<RoundRecord> history) {
            this.history = history;
            return this;
        }

        public Builder unrenderable(List<String> unrenderable) {
            this.unrenderable = unrenderable;
            return this;
        }

        public Builder timings(Map<String, Long> timings) {
            this.timings = timings;
            return this;
        }

        public Builder labels(Map<String, String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder attempt(String attempt) {
            this.attempt = attempt;
            return this;
        }

        public Builder upscale(Upscale upscale) {
            this.upscale = upscale;
            return this;
        }

        public JobResult build() {
            return new JobResult(
                    jobId,
                    status,
                    reason,
                    image,
                    rounds,
                    verified,
                    report,
                    history,
                    unrenderable,
                    timings,
                    labels,
                    attempt,
                    upscale);
        }
    }
}
