package dev.plantain.console;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.JobResult;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the console knows of one job, gathered from its records on {@code requests}, {@code events} and
 * {@code results}. Mutable and not thread-safe: {@link JobStore} guards it and hands out {@link JobRow} and
 * {@link JobDetail} snapshots.
 */
final class JobView {

    /** Events kept per job: enough for every stage of every round, bounded against a runaway job. */
    private static final int MAX_EVENTS = 400;

    final String jobId;
    JobRequest request;
    /** Why the request could not be read (the planner fails such a job with the same reason). */
    String unreadable;

    long submittedAt;
    final List<JobEvent> events = new ArrayList<>();
    /** The job's answer: its first result without an attempt. */
    JobResult result;

    long finishedAt;
    final Map<String, Replay> replays = new LinkedHashMap<>();
    ScenePlan plan;

    JobView(String jobId, long firstSeen) {
        this.jobId = jobId;
        this.submittedAt = firstSeen;
    }

    void addEvent(JobEvent event) {
        if (events.size() < MAX_EVENTS) {
            events.add(event);
        }
    }

    void addResult(JobResult r, long timestamp) {
        if (r.attempt() != null) {
            replays.computeIfAbsent(r.attempt(), a -> new Replay(a, "?", timestamp)).result = r;
        } else if (result == null) {
            result = r;
            finishedAt = timestamp;
        }
    }

    void replaySent(String attempt, String stage, long timestamp) {
        replays.computeIfAbsent(attempt, a -> new Replay(a, stage, timestamp));
    }

    /** Whether the request carries the label: {@code key=value}, or {@code key} with any value. */
    boolean hasLabel(String label) {
        if (request == null) {
            return false;
        }
        int eq = label.indexOf('=');
        return eq < 0
                ? request.labels().containsKey(label)
                : label.substring(eq + 1).equals(request.labels().get(label.substring(0, eq)));
    }

    String status() {
        if (result != null) {
            return result.status().name().toLowerCase(java.util.Locale.ROOT);
        }
        return events.isEmpty() ? "queued" : "running";
    }

    String prompt() {
        if (request != null) {
            return request.prompt();
        }
        return unreadable != null ? "(unreadable request: " + unreadable + ")" : "(request not seen)";
    }

    /** Where the job is: the last event's stage and phase. */
    String where() {
        if (events.isEmpty()) {
            return "";
        }
        JobEvent last = events.get(events.size() - 1);
        return last.stage() + " " + last.phase().label() + (last.round() > 0 ? " (round " + last.round() + ")" : "");
    }

    JobRow row() {
        String thumb =
                result != null && result.image() != null ? result.image().blob().sha256() : null;
        long took = result != null && finishedAt >= submittedAt ? finishedAt - submittedAt : -1;
        return new JobRow(
                jobId,
                status(),
                prompt(),
                thumb,
                result == null ? -1 : result.rounds(),
                result != null && result.verified(),
                submittedAt,
                took,
                where(),
                replays.size());
    }

    JobDetail detail() {
        List<JobDetail.ReplayRow> replayRows = replays.values().stream()
                .map(r -> new JobDetail.ReplayRow(
                        r.attempt,
                        r.stage,
                        r.sentAt,
                        r.result == null ? "running" : r.result.status().name().toLowerCase(java.util.Locale.ROOT),
                        r.result == null || r.result.image() == null
                                ? null
                                : r.result.image().blob().sha256()))
                .toList();
        return new JobDetail(row(), request, List.copyOf(events), result, replayRows, plan);
    }

    /** A replay of the job: sent from the console, or seen as a result with an attempt id. */
    static final class Replay {
        final String attempt;
        final String stage;
        final long sentAt;
        JobResult result;

        Replay(String attempt, String stage, long sentAt) {
            this.attempt = attempt;
            this.stage = stage;
            this.sentAt = sentAt;
        }
    }
}
