package dev.plantain.bench;

import dev.plantain.kafka.jobs.JobTimeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Jobs per minute: a burst of identical 1K jobs submitted at once, timed from the first request record to the last
 * result record, with the share of the machine's cores the stack's processes kept busy meanwhile.
 */
final class ThroughputBench {

    private final MarkdownTable table = new MarkdownTable(
            "partitions",
            "instances of the slowest stage",
            "jobs",
            "jobs per minute",
            "job latency, s p50 / p99",
            "CPU busy (all stack processes)");

    /** The largest share of the cores the stack kept busy in any burst, in percent. */
    private double busiest;

    /** Runs one burst on the stack as it is configured now and adds its row. */
    void measure(BenchStack stack, int partitions, int instances, int jobs) throws TimeoutException {
        warmUp(stack, partitions, instances);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            ids.add("bench-burst-p" + partitions + "-i" + instances + "-" + i + "-" + System.nanoTime());
        }
        double cpuBefore = cpuSeconds(stack);
        long wallStart = System.nanoTime();
        long first = System.currentTimeMillis();
        for (String id : ids) {
            stack.submit(id, BenchJobs.request(id, "1K", 3));
        }
        Map<String, ConsumerRecord<String, String>> results = stack.await(ids, Duration.ofMinutes(10));
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = cpuSeconds(stack) - cpuBefore;
        long last = results.values().stream()
                .mapToLong(ConsumerRecord::timestamp)
                .max()
                .orElseThrow();
        List<Double> latencies = new ArrayList<>();
        for (String id : ids) {
            JobTrace trace = JobTrace.of(stack.records(id));
            latencies.add(trace.total() / 1000.0);
            first = Math.min(first, trace.requested());
        }
        double minutes = Math.max(1, last - first) / 60_000.0;
        Percentiles latency = Percentiles.of(latencies);
        double busy = 100 * cpu / (wall * Runtime.getRuntime().availableProcessors());
        busiest = Math.max(busiest, busy);
        table.row(
                partitions,
                instances,
                jobs,
                Percentiles.num(jobs / minutes, 1),
                latency.ms(1),
                Percentiles.num(busy, 0) + "%");
    }

    /** One job on each partition, so that every instance has run a job before the burst (a fresh JVM is slow). */
    private static void warmUp(BenchStack stack, int partitions, int instances) throws TimeoutException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; ids.size() < partitions; i++) {
            String id = "bench-warm-p" + partitions + "-i" + instances + "-" + i;
            if (JobTimeline.partitionOf(id, partitions) == ids.size()) {
                ids.add(id);
            }
        }
        for (String id : ids) {
            stack.submit(id, BenchJobs.request(id, "1K", 3));
        }
        stack.await(ids, Duration.ofMinutes(5));
    }

    String render() {
        String cores = Runtime.getRuntime().availableProcessors() + " cores";
        return table.render()
                + (busiest >= 80
                        ? "\nWhere it stops scaling, and why: the stack kept up to " + Percentiles.num(busiest, 0)
                                + "% of the " + cores + " busy, so it is CPU-bound: a second instance of the slowest"
                                + " stage only takes cores from the other stages, and more partitions only let more"
                                + " instances work at once; they add no cores. More throughput needs more machines.\n"
                        : "\nWhere it stops scaling, and why: it does not scale with instances or partitions here, and"
                                + " CPU is not the limit: the stack kept at most " + Percentiles.num(busiest, 0)
                                + "% of the " + cores + " busy. Jobs wait between stages instead: each stage handles"
                                + " its records one at a time, and each record's Kafka transaction and commit check"
                                + " (tens of milliseconds, see the overhead per hop and the before/after section)"
                                + " hold the next one; more instances or partitions do not shorten that wait.\n");
    }

    /** CPU seconds used so far by every process of the stack. */
    private static double cpuSeconds(BenchStack stack) {
        return stack.processes().values().stream()
                .mapToDouble(pid -> ProcessHandle.of(pid)
                        .flatMap(h -> h.info().totalCpuDuration())
                        .map(d -> d.toNanos() / 1e9)
                        .orElse(0.0))
                .sum();
    }
}
