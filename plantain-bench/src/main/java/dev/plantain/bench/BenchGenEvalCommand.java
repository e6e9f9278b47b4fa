package dev.plantain.bench;

import dev.plantain.cli.StackOptions;
import dev.plantain.cli.jobs.JobClient;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.StackSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Compares the single-pass draft with the verify-refine loop over the GenEval prompts, per GenEval tag. */
@Command(
        name = "bench-geneval",
        description = "Run the GenEval prompts through the engines in-process, or as jobs through the pipeline, and "
                + "print, per tag, how often the draft passes verification and how often the final image does.")
final class BenchGenEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--prompts",
            description = "GenEval's evaluation_metadata.jsonl. Default: "
                    + "shared/benchmarks/geneval_metadata.jsonl beside the checkout.")
    Path prompts;

    @Option(
            names = "--limit",
            defaultValue = "0",
            description = "Only this many prompts, evenly spaced over the file (0: all).")
    int limit;

    @Option(
            names = "--per-tag",
            defaultValue = "0",
            description = "A stratified sample: this many prompts of each tag, evenly spaced (0: not stratified). "
                    + "Wins over --limit.")
    int perTag;

    @Option(
            names = "--max-rounds",
            defaultValue = "3",
            description = "Refine rounds at most. Default: ${DEFAULT-VALUE}")
    int maxRounds;

    @Option(
            names = "--pipeline",
            description = "Submit the prompts as jobs to the pipeline on Kafka: a stack that up started, or one "
                    + "started and stopped for the run.")
    boolean pipeline;

    @Option(
            names = "--in-flight",
            defaultValue = "16",
            description = "With --pipeline: jobs submitted and not yet finished at most. Default: ${DEFAULT-VALUE}")
    int inFlight;

    @Option(
            names = "--timeout",
            defaultValue = "3600",
            description = "With --pipeline: seconds to wait for all results; jobs still running then are left out "
                    + "and counted, prompts not yet submitted are not run. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = prompts != null
                ? prompts
                : Path.of(
                                System.getProperty("plantain.home", "."),
                                "..",
                                "shared",
                                "benchmarks",
                                "geneval_metadata.jsonl")
                        .normalize();
        if (!Files.isRegularFile(file)) {
            out.println("bench-geneval: skipped, no GenEval prompts at " + file);
            return 0;
        }
        List<GenEvalBench.Prompt> all = GenEvalBench.parse(Files.readAllLines(file));
        List<GenEvalSample.Entry> sample = GenEvalSample.select(all, limit, perTag);
        String chosen = "GenEval prompts: " + sample.size() + " of " + all.size()
                + (perTag > 0 ? " (" + perTag + " per tag)" : "") + ", at 1024x1024, ";
        if (pipeline) {
            return pipeline(out, sample, chosen);
        }
        GenEvalTable table = GenEvalBench.inProcess(sample, maxRounds);
        out.println(chosen + "engines in-process (rules planner, compose draft, pixels verifier with PP-OCRv4, "
                + "layout refiner; no Kafka); a prompt passes when it meets GenEval's criteria (below)");
        table.print(out, maxRounds, "median time per prompt");
        out.flush();
        return 0;
    }

    private int pipeline(PrintWriter out, List<GenEvalSample.Entry> sample, String chosen) {
        StackSettings settings = stack.settings(Map.of());
        Optional<LocalStack> running = LocalStack.find(settings);
        LocalStack own = running.isPresent() ? null : LocalStack.start(settings, System.err);
        LocalStack target = running.orElse(own);
        PipelineGenEval.Outcome outcome;
        try (JobClient client =
                new JobClient(target.settings().bootstrap(), target.settings().topicPrefix())) {
            outcome = PipelineGenEval.run(client, sample, maxRounds, inFlight, Duration.ofSeconds(timeoutSeconds));
        } finally {
            if (own != null) {
                System.err.println("stopping the stack started for this run");
                own.stop();
            }
        }
        out.println(chosen + "jobs through the pipeline on Kafka ("
                + (own == null ? "the running stack" : "a stack started for the run") + ", " + inFlight
                + " in flight at most); a prompt passes when it meets GenEval's criteria (below): its draft "
                + "in round 0 of the result's history, its final image in the result");
        outcome.print(out, maxRounds);
        out.flush();
        return outcome.missing() == 0 ? 0 : 1;
    }
}
