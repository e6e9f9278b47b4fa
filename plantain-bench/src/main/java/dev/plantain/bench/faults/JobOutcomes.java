package dev.plantain.bench.faults;

import dev.plantain.cli.stack.PipelineLog;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Json;
import dev.plantain.messages.Topic;
import dev.plantain.messages.UpscaleJob;
import java.time.Duration;
import java.util.List;

/**
 * Each job's results, and its records on {@code upscale} (the stage before the result, where a repeat would show
 * first), read from the stack's beginning by a {@code read_committed} client.
 */
final class JobOutcomes implements AutoCloseable {

    /** How long counts must stay unchanged once every job has a result: a late duplicate would show here. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final PipelineLog results;
    private final PipelineLog upscales;

    JobOutcomes(String bootstrap, String prefix) {
        results = new PipelineLog(bootstrap, Topic.RESULTS.name(prefix));
        upscales = new PipelineLog(bootstrap, Topic.UPSCALE.name(prefix));
    }

    /** The job's results read so far, decoded. */
    List<JobResult> results(String job) {
        return results.seen(job).stream()
                .map(r -> Json.read(r.value(), JobResult.class))
                .toList();
    }

    /** The job's records on {@code upscale} read so far. */
    List<String> upscales(String job) {
        return upscales.seen(job).stream().map(r -> r.value()).toList();
    }

    /**
     * Waits until every job has a result (or the timeout, after which a job without one counts as lost), reads on
     * for a few seconds more so that a repeat would be seen, and counts.
     */
    FaultCount await(String scenario, List<String> jobs, Duration timeout) {
        return await(scenario, jobs, timeout, false);
    }

    /**
     * As {@link #await(String, List, Duration)}; with {@code reruns}, also waits for every job's marked re-run (a
     * result with an attempt id), as after a rewind.
     */
    FaultCount await(String scenario, List<String> jobs, Duration timeout, boolean reruns) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (jobs.stream().anyMatch(job -> answers(job).isEmpty() || reruns && rerunsOf(job) == 0)
                && System.nanoTime() < deadline) {
            poll();
        }
        long settled = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < settled) {
            poll();
        }
        int count = 0;
        int rerun = 0;
        int failed = 0;
        int duplicates = 0;
        int lost = 0;
        for (String job : jobs) {
            List<JobResult> found = answers(job);
            count += found.size();
            rerun += rerunsOf(job);
            lost += found.isEmpty() ? 1 : 0;
            failed += !found.isEmpty() && found.get(0).status() == JobStatus.FAILED ? 1 : 0;
            long upscaled = upscales(job).stream()
                    .filter(value -> Json.read(value, UpscaleJob.class).attempt() == null)
                    .count();
            duplicates += Math.max(0, found.size() - 1) + (int) Math.max(0, upscaled - 1);
        }
        return new FaultCount(scenario, jobs.size(), count, rerun, failed, duplicates, lost);
    }

    /** The job's results without an attempt id: its answer, and any repeat of it. */
    private List<JobResult> answers(String job) {
        return results(job).stream().filter(r -> r.attempt() == null).toList();
    }

    private int rerunsOf(String job) {
        return (int) results(job).stream().filter(r -> r.attempt() != null).count();
    }

    void poll() {
        results.poll();
        upscales.poll();
    }

    @Override
    public void close() {
        results.close();
        upscales.close();
    }
}
