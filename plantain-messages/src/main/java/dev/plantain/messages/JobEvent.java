package dev.plantain.messages;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * Progress of a job through a stage, on the {@code events} topic: one when a stage starts work, one when it ends,
 * and progress events between them (a wait for a dependency that is away, a model's steps).
 *
 * @param jobId the job id, also the record key
 * @param stage the stage ("planner", "draft", "verifier", "refiner", "upscaler")
 * @param phase started, progress, finished or failed
 * @param round the round the work belongs to
 * @param timestamp epoch milliseconds
 * @param durationMs time the stage spent, for finished and failed events; else 0
 * @param detail a short outcome ("passed 4/4", "sent to refine"), what a progress event reports ("waiting for blob
 *     store, try 4, next in 8 s", "step 12 of 30"), or null
 * @param traceId the OpenTelemetry trace id (32 lowercase hex digits) the job's records carry across every stage, or
 *     null when tracing is off
 * @param step for progress: which step or try this is, or null
 * @param steps for progress: how many steps there are in all, when known, or null
 * @param etaMs for progress: milliseconds until the next step or try (or until the end), when known, or null
 */
public record JobEvent(
        String jobId,
        String stage,
        Phase phase,
        int round,
        long timestamp,
        long durationMs,
        String detail,
        String traceId,
        Integer step,
        Integer steps,
        Long etaMs) {

    /** Where in its work the stage is. */
    public enum Phase {
        STARTED,
        /** Between started and its end: a step done, or a wait and why. */
        PROGRESS,
        FINISHED,
        FAILED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public JobEvent {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(phase, "phase");
        if (traceId != null && !traceId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("traceId '" + traceId + "' is not 32 lowercase hex digits");
        }
        if ((step != null && step < 0) || (steps != null && steps < 0) || (etaMs != null && etaMs < 0)) {
            throw new IllegalArgumentException("step, steps and etaMs cannot be negative");
        }
    }

    /** An event without progress figures (started, finished, failed). */
    public JobEvent(
            String jobId,
            String stage,
            Phase phase,
            int round,
            long timestamp,
            long durationMs,
            String detail,
            String traceId) {
        this(jobId, stage, phase, round, timestamp, durationMs, detail, traceId, null, null, null);
    }
}
