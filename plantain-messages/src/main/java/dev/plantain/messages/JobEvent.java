package dev.plantain.messages;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * Progress of a job through a stage, on the {@code events} topic: one when a stage starts work, one when it ends.
 *
 * @param jobId the job id, also the record key
 * @param stage the stage ("planner", "draft", "verifier", "refiner", "upscaler")
 * @param phase started, finished or failed
 * @param round the round the work belongs to
 * @param timestamp epoch milliseconds
 * @param durationMs time the stage spent, for finished and failed events; else 0
 * @param detail a short outcome ("passed 4/4", "sent to refine"), or null
 * @param traceId the OpenTelemetry trace id (32 lowercase hex digits) the job's records carry across every stage, or
 *     null when tracing is off
 */
public record JobEvent(
        String jobId,
        String stage,
        Phase phase,
        int round,
        long timestamp,
        long durationMs,
        String detail,
        String traceId) {

    /** Where in its work the stage is. */
    public enum Phase {
        STARTED,
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
    }
}
