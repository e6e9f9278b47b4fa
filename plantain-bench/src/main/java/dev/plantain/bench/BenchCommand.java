package dev.plantain.bench;

import dev.plantain.cli.StackOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline's benchmark: per-hop overhead, a job's time by stage, throughput, image codecs and memory, written
 * to {@code docs/benchmarks.md} with the machine it ran on.
 */
@Command(name = "bench", description = "Benchmark the pipeline on local stacks and rewrite docs/benchmarks.md.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "Fewer jobs and configurations (under 3 minutes): a smoke run.")
    boolean quick;

    @Option(names = "--out", description = "The Markdown file to write. Default: docs/benchmarks.md in the checkout")
    Path out;

    @Option(
            names = "--jfr",
            description = "Record every service with Java Flight Recorder into this directory (one file per process).")
    Path jfr;

    @Option(
            names = "--hops-only",
            description = "Measure only the overhead per hop and print its table; the document is left alone.")
    boolean hopsOnly;

    @Option(
            names = "--service-arg",
            paramLabel = "ARG",
            description = "A JVM argument for every service process (repeatable), to try a setting, e.g."
                    + " -Dmp.messaging.outgoing.outbox.linger.ms=0.")
    List<String> serviceArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream log = System.err;
        Path target = out != null ? out : StackOptions.home().resolve("docs/benchmarks.md");
        long started = System.nanoTime();
        List<String> profile = new ArrayList<>(serviceArgs);
        if (jfr != null) {
            Files.createDirectories(jfr);
            profile.add("-XX:StartFlightRecording=dumponexit=true,settings=profile,filename=" + jfr.toAbsolutePath()
                    + "/service-%p.jfr");
        }
        List<String> instant = new ArrayList<>(profile);
        instant.addAll(HopBench.INSTANT);
        String hops;
        try (BenchStack stack = BenchStack.start(3, Map.of(), instant, log)) {
            hops = HopBench.run(stack, quick ? 10 : 40, log);
        }
        if (hopsOnly) {
            System.out.print(hops);
            return 0;
        }
        StageTimeBench.Outcome stages;
        ThroughputBench throughput = new ThroughputBench();
        int burst = quick ? 3 : 12;
        try (BenchStack stack = BenchStack.start(3, Map.of(), profile, log)) {
            stages = StageTimeBench.run(stack, quick ? 1 : 3, log);
            throughput.measure(stack, 3, 1, burst);
            stack.addInstance(stages.slowest());
            throughput.measure(stack, 3, 2, burst);
        }
        if (!quick) {
            try (BenchStack stack = BenchStack.start(1, Map.of(), profile, log)) {
                throughput.measure(stack, 1, 1, burst);
                stack.addInstance(stages.slowest());
                throughput.measure(stack, 1, 2, burst);
            }
            try (BenchStack stack = BenchStack.start(6, Map.of(stages.slowest(), 2), profile, log)) {
                throughput.measure(stack, 6, 2, burst);
            }
        }
        log.println("codecs...");
        String codecs = CodecBench.run(quick);
        BenchReport report = new BenchReport(quick, (System.nanoTime() - started) / 1e9);
        String text = report.render(hops, stages, throughput.render(), codecs, carried(target));
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        Files.writeString(target, text);
        log.printf("wrote %s (%.0f s)%n", target, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** The hand-kept before/after section of the current file, carried over to the new one. */
    private static String carried(Path target) throws IOException {
        if (!Files.exists(target)) {
            return "";
        }
        String current = Files.readString(target);
        int at = current.indexOf(BenchReport.BEFORE_AFTER);
        return at < 0 ? "" : current.substring(at);
    }
}
