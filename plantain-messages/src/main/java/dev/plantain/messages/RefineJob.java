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

    /** A refine job built by field name; the job id is the request's. */
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
        b.report = report;
        b.round = round;
        b.history = history;
        b.timings = timings;
        b.attempt = attempt;
        return b;
    }

    /** Builds a {@link RefineJob} by field name; the record's constructor still checks every value. */
    public static final class Builder {
        private String jobId;
        private JobRequest request;
        private ScenePlan plan;
        private ImageRef candidate;
        private VerificationReport report;
        private int round;
        private List<RoundRecord> history = List.of();
        private Map<String, Long> timings = Map.of();
        private String attempt;

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

        public Builder report(VerificationReport report) {
            this.report = report;
            return this;
        }

        public Builder round(int round) {
            this.round = round;
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

        public RefineJob build() {
            return new RefineJob(jobId, request, plan, candidate, report, round, history, timings, attempt);
        }
    }
}
