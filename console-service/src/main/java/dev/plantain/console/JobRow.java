package dev.plantain.console;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One job in the list: a snapshot.
 *
 * @param thumb the final image's hex digest, or null
 * @param rounds refine rounds used, -1 before the result
 * @param submittedAt epoch milliseconds of its request (or of its first record seen)
 * @param tookMs request to result, -1 before the result
 * @param where the last event's stage and phase
 * @param replays replays of it known
 */
@TemplateData
public record JobRow(
        String jobId,
        String status,
        String prompt,
        String thumb,
        int rounds,
        boolean verified,
        long submittedAt,
        long tookMs,
        String where,
        int replays) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public boolean finished() {
        return status.equals("succeeded") || status.equals("failed");
    }

    /** The submit time in UTC. */
    public String time() {
        return TIME.format(Instant.ofEpochMilli(submittedAt)) + " UTC";
    }

    /** Request to result, in seconds, or empty before the result. */
    public String took() {
        return tookMs < 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f s", tookMs / 1000.0);
    }
}
