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
 * @param deterministic whether every engine that made the candidate gives the same pixels for the same inputs (false
 *     once a remote model drew or edited it); absent in older records, read as true
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
        String attempt,
        Boolean deterministic) {

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
        deterministic = deterministic == null || deterministic;
    }

    /** A verify job built by field name; the job id is the request's. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.jobId = jobId;
        b.request = request;
        b.plan = plan;
        b.candidate = candidate;
        b.round = round;
        b.changes = changes;
        b.history = history;
        b.timings = timings;
        b.attempt = attempt;
        b.deterministic = deterministic;
        return b;
    }

    /** Builds a {@link VerifyJob} by field name; the record's constructor still checks every value. */
    public static final class Builder {
        private String jobId;
        private JobRequest request;
        private ScenePlan plan;
        private ImageRef candidate;
        private int round;
        private List<String> changes = List.of();
        private List<RoundRecord> history = List.of();
        private Map<String, Long> timings = Map.of();
        private String attempt;
        private Boolean deterministic = true;

        private Builder() {}

        public Builder request(JobRequest request) {
            this.request = request;
            this.jobId = request.jobId();
            return this;
        }

        public Builder plan(ScenePlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder candidate(ImageRef candidate) {
            this.candidate = candidate;
            return this;
        }

        public Builder round(int round) {
            this.round = round;
            return this;
        }

        public Builder changes(List<String> changes) {
            this.changes = changes;
            return this;
        }

        public Builder history(List<RoundRecord> history) {
            this.history = history;
            return this;
        }

        public Builder timings(Map<String, Long> timings) {
            this.timings = timings;
            return this;
        }

        public Builder attempt(String attempt) {
            this.attempt = attempt;
            return this;
        }

        /** Whether the engines that made the candidate are deterministic (default true). */
        public Builder deterministic(boolean deterministic) {
            this.deterministic = deterministic;
            return this;
        }

        public VerifyJob build() {
            return new VerifyJob(
                    jobId, request, plan, candidate, round, changes, history, timings, attempt, deterministic);
        }
    }
}
