package dev.plantain.bench;

import dev.plantain.cli.StackOptions;
import dev.plantain.cli.StageOption;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.messages.Stage;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Pushes a load of jobs through a stack and prints its throughput and latency. */
@Command(
        name = "bench-load",
        description = "Push many jobs at once through a stack (the running one, or one started with --scale) and "
                + "print throughput and p50/p99 latency.")
final class BenchLoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", defaultValue = "200", description = "Jobs to submit, 1-10000. Default: ${DEFAULT-VALUE}")
    int jobs;

    @Option(
            names = "--resolution",
            defaultValue = "1K",
            description = "Resolution of every job: 1K, 2K or 4K. Default: ${DEFAULT-VALUE}")
    String resolution;

    @Option(
            names = "--scale",
            split = ",",
            defaultValue = "verifier=2",
            description = "Instances per stage of a stack this command starts (the verifier is the slowest stage). "
                    + "Ignored when a stack is up. Default: ${DEFAULT-VALUE}")
    Map<String, Integer> scale;

    @Option(
            names = "--timeout",
            defaultValue = "PT30M",
            description = "Longest wait for the last result (ISO-8601). Default: ${DEFAULT-VALUE}")
    Duration timeout;

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1 || jobs > 10_000) {
            throw new IllegalArgumentException("--jobs " + jobs + ": allowed 1 to 10000");
        }
        if (!List.of("1K", "2K", "4K").contains(resolution)) {
            throw new IllegalArgumentException("--resolution " + resolution + ": allowed 1K, 2K, 4K");
        }
        Map<Stage, Integer> instances = new EnumMap<>(Stage.class);
        scale.forEach((name, count) -> {
            if (count < 1 || count > 8) {
                throw new IllegalArgumentException("--scale " + name + "=" + count + ": allowed 1 to 8 instances");
            }
            instances.put(StageOption.parse(name), count);
        });
        StackSettings settings = stack.settings(instances);
        Optional<LocalStack> running = LocalStack.find(settings);
        PrintWriter out = spec.commandLine().getOut();
        LocalStack own = running.isPresent() ? null : LocalStack.start(settings, System.err);
        LocalStack target = running.orElse(own);
        try {
            out.printf(
                    "load: %d jobs at %s on %s (%s)%n",
                    jobs,
                    resolution,
                    running.isPresent() ? "the running stack" : "a stack started for it",
                    target.processes().keySet().stream()
                            .filter(n -> !n.equals("kafka"))
                            .toList());
            out.flush();
            new LoadRun(target.settings().bootstrap(), target.settings().topicPrefix())
                    .run(jobs, resolution, timeout)
                    .print(out);
            return 0;
        } finally {
            if (own != null) {
                System.err.println("stopping the stack started for this run");
                own.stop();
            }
        }
    }
}
