package dev.plantain.bench;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.Stage;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * A job's time by stage at 1K, 2K and 4K with the default engines, each size run alone; and the peak resident
 * memory of every process while the 4K jobs ran.
 */
final class StageTimeBench {

    static final List<String> SIZES = List.of("1K", "2K", "4K");

    /** The two tables, and the stage that spent the most time per job. */
    record Outcome(String stages, String memory, Stage slowest, double total2k) {}

    private StageTimeBench() {}

    static Outcome run(BenchStack stack, int runs, PrintStream log) throws TimeoutException {
        job(stack, "1K", "warm-up");
        Map<String, List<JobTrace>> traces = new LinkedHashMap<>();
        Map<String, Long> memory = Map.of();
        boolean reset = false;
        for (String size : SIZES) {
            if (size.equals("4K")) {
                reset = stack.processes().values().stream().allMatch(ProcessMemory::resetPeak);
            }
            for (int i = 0; i < runs; i++) {
                traces.computeIfAbsent(size, s -> new ArrayList<>()).add(job(stack, size, "run-" + i));
            }
            if (size.equals("4K")) {
                memory = ProcessMemory.peaks(stack.processes());
            }
            log.printf("stage times: %s done%n", size);
        }
        Set<String> steps = new LinkedHashSet<>();
        traces.values().forEach(list -> list.forEach(t -> steps.addAll(t.steps().keySet())));
        MarkdownTable table = new MarkdownTable("step, ms (median of " + runs + ")", "1K", "2K", "4K");
        Map<String, Double> byStage = new LinkedHashMap<>();
        for (String step : steps) {
            List<Object> row = new ArrayList<>(List.of(step));
            for (String size : SIZES) {
                List<Long> values = traces.get(size).stream()
                        .filter(t -> t.steps().containsKey(step))
                        .map(t -> t.steps().get(step))
                        .toList();
                Percentiles p = Percentiles.of(values);
                row.add(Percentiles.num(p.p50(), 0));
                if (!size.equals("4K") && p.count() > 0) {
                    byStage.merge(step.replaceFirst(",.*", ""), p.p50(), Double::sum);
                }
            }
            table.row(row.toArray());
        }
        List<Object> waiting = new ArrayList<>(List.of("waiting between stages (Kafka, queues)"));
        List<Object> total = new ArrayList<>(List.of("**total, request → result**"));
        for (String size : SIZES) {
            List<JobTrace> list = traces.get(size);
            waiting.add(Percentiles.num(
                    Percentiles.of(list.stream().map(StageTimeBench::waiting).toList())
                            .p50(),
                    0));
            total.add("**"
                    + Percentiles.num(
                            Percentiles.of(list.stream().map(JobTrace::total).toList())
                                    .p50(),
                            0) + "**");
        }
        table.row(waiting.toArray());
        table.row(total.toArray());
        double total2k = Percentiles.of(
                        traces.get("2K").stream().map(JobTrace::total).toList())
                .p50();
        String slowestStep = byStage.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        return new Outcome(table.render(), ProcessMemory.table(memory, reset), stageOf(slowestStep), total2k);
    }

    private static JobTrace job(BenchStack stack, String size, String name) throws TimeoutException {
        String id = "bench-stages-" + size + "-" + name + "-" + System.nanoTime();
        stack.submit(id, BenchJobs.request(id, size, 3));
        stack.await(Set.of(id), Duration.ofMinutes(5));
        return JobTrace.of(stack.records(id));
    }

    private static long waiting(JobTrace trace) {
        return trace.total()
                - trace.events().stream()
                        .filter(e -> e.phase() == JobEvent.Phase.FINISHED)
                        .mapToLong(JobEvent::durationMs)
                        .sum();
    }

    private static Stage stageOf(String step) {
        return switch (step) {
            case "plan" -> Stage.PLANNER;
            case "draft" -> Stage.DRAFT;
            case "verify" -> Stage.VERIFIER;
            case "refine" -> Stage.REFINER;
            default -> Stage.UPSCALER;
        };
    }
}
