package dev.plantain.bench.faults;

import java.io.PrintWriter;
import java.util.List;

/**
 * What one fault scenario counted, as a {@code read_committed} client sees the results topic.
 *
 * @param scenario the fault
 * @param submitted jobs submitted (requests, and job records put straight on a stage's topic)
 * @param results results written for those jobs without an attempt id (their answers), repeats included
 * @param reruns results carrying an attempt id: re-runs asked for by a replay or a rewind, marked as such
 * @param failed jobs whose result is FAILED
 * @param duplicates records repeated for a job: results beyond its first, and records on {@code upscale} beyond one
 * @param lost jobs without a result
 */
record FaultCount(String scenario, int submitted, int results, int reruns, int failed, int duplicates, int lost) {

    /** The sum of several scenarios' counts under one name. */
    static FaultCount total(String scenario, List<FaultCount> counts) {
        return new FaultCount(
                scenario,
                counts.stream().mapToInt(FaultCount::submitted).sum(),
                counts.stream().mapToInt(FaultCount::results).sum(),
                counts.stream().mapToInt(FaultCount::reruns).sum(),
                counts.stream().mapToInt(FaultCount::failed).sum(),
                counts.stream().mapToInt(FaultCount::duplicates).sum(),
                counts.stream().mapToInt(FaultCount::lost).sum());
    }

    /** Prints the counts as a table, one scenario a row. */
    static void print(PrintWriter out, List<FaultCount> counts) {
        String row = "%-44s %5s %8s %7s %7s %11s %5s%n";
        out.printf(row, "scenario", "jobs", "results", "re-runs", "FAILED", "duplicates", "lost");
        for (FaultCount c : counts) {
            out.printf(row, c.scenario(), c.submitted(), c.results(), c.reruns(), c.failed(), c.duplicates(), c.lost());
        }
        out.flush();
    }
}
