package dev.plantain.bench;

import dev.plantain.cli.jobs.JobClient;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Json;
import dev.plantain.messages.RoundRecord;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The GenEval benchmark through the real pipeline: each prompt is a job on the {@code requests} topic, a bounded
 * number in flight at once, and each job's result gives its draft's verdict (round 0 of its history) and its final
 * one. Prompts carry their line's seed, as in-process, so the two modes draw the same drafts; they go in one tag
 * after another in turn, so a run cut short by its timeout still covers every tag.
 */
final class PipelineGenEval {

    /**
     * What a run came to.
     *
     * @param table the results per tag, of the jobs whose result came in time
     * @param submitted jobs submitted
     * @param failed results that were FAILED (counted in the table as not passed)
     * @param missing submitted jobs with no result before the deadline (left out of the table)
     * @param wallMillis from the first submission to the last result or the deadline
     */
    record Outcome(GenEvalTable table, int submitted, int failed, int missing, long wallMillis) {

        /** Prints how the run went, on which machine, and the table. */
        void print(PrintWriter out, int maxRounds) {
            BenchMachine machine = BenchMachine.probe();
            int results = submitted - missing;
            out.printf(
                    Locale.ROOT,
                    "%d jobs submitted, %d results (%d FAILED, counted as not passed), %d without a result in time "
                            + "(left out); %.1f s from first submission to last result, %.1f jobs per minute, on "
                            + "%d cores (%s)%n",
                    submitted,
                    results,
                    failed,
                    missing,
                    wallMillis / 1000.0,
                    60_000.0 * results / Math.max(1, wallMillis),
                    machine.cores(),
                    machine.cpu());
            table.print(out, maxRounds, "median time in stages");
        }
    }

    private PipelineGenEval() {}

    static Outcome run(
            JobClient client, List<GenEvalSample.Entry> sample, int maxRounds, int inFlight, Duration timeout) {
        List<GenEvalSample.Entry> order = GenEvalSample.interleaved(sample);
        String prefix = "geneval-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        GenEvalTable table = new GenEvalTable();
        Map<String, GenEvalSample.Entry> pending = new HashMap<>();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int next = 0;
        int failed = 0;
        while ((next < order.size() || !pending.isEmpty()) && System.nanoTime() < deadline) {
            while (next < order.size() && pending.size() < inFlight) {
                GenEvalSample.Entry entry = order.get(next++);
                String jobId = prefix + entry.line();
                client.send(jobId, request(jobId, entry, maxRounds));
                pending.put(jobId, entry);
            }
            for (JobResult result : client.results(Duration.ofMillis(200))) {
                GenEvalSample.Entry entry = result.attempt() == null ? pending.remove(result.jobId()) : null;
                if (entry != null) {
                    tally(table, entry.prompt(), result);
                    failed += result.status() == JobStatus.FAILED ? 1 : 0;
                }
            }
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(table, next, failed, pending.size(), wall);
    }

    /** Counts one result: its draft met GenEval's criteria when round 0 of its history did; time is the sum of its stage timings. */
    static void tally(GenEvalTable table, GenEvalBench.Prompt prompt, JobResult result) {
        boolean draftPassed = result.history().stream()
                .filter(r -> r.round() == 0)
                .map(RoundRecord::report)
                .anyMatch(GenEvalTable::criteriaMet);
        boolean finalPassed = result.status() == JobStatus.SUCCEEDED && GenEvalTable.criteriaMet(result.report());
        long millis =
                result.timings().values().stream().mapToLong(Long::longValue).sum();
        table.add(prompt.tag(), draftPassed, finalPassed, result.rounds(), millis);
        if (!finalPassed) {
            table.unmet(prompt.prompt(), result.report());
        }
    }

    private static String request(String jobId, GenEvalSample.Entry entry, int maxRounds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobId", jobId);
        body.put("prompt", entry.prompt().prompt());
        body.put("resolution", "1K");
        body.put("aspectRatio", "1:1");
        body.put("seed", entry.seed());
        body.put("maxRefineRounds", maxRounds);
        body.put("acceptance", "best-effort");
        body.put("labels", Map.of("geneval.tag", entry.prompt().tag()));
        return Json.write(body);
    }
}
