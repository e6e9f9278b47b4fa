package dev.plantain.bench.faults;

import dev.plantain.cli.StackOptions;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.StackSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the fault scenarios on a stack of its own and prints what each counted. */
@Command(
        name = "faults",
        description = "Start a stack of its own (every model failing its first try at each job), inject each fault "
                + "while jobs flow (a stage killed, the broker restarted, poison records, the blob store gone 4 s and "
                + "60 s, a model server answering 503 then 429, the broker gone 30 s, an outage past its max-wait, "
                + "permanent errors, oversized images; then, on three brokers, one killed and restarted) and print per "
                + "fault: jobs, results, FAILED, duplicates, lost.")
public final class FaultsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--max-in-flight",
            defaultValue = "1",
            description = "plantain.stage.max-in-flight of every service, 1-8. Default: ${DEFAULT-VALUE}")
    int maxInFlight;

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() throws Exception {
        if (maxInFlight < 1 || maxInFlight > 8) {
            throw new IllegalArgumentException("--max-in-flight " + maxInFlight + ": allowed 1 to 8");
        }
        StackSettings base = stack.settings(Map.of());
        Path state = base.stateDir().resolve("faults");
        LocalStack.deleteTree(state);
        StackSettings settings = new StackSettings(
                base.home(),
                state,
                base.kafkaPort(),
                base.controllerPort(),
                base.httpPortBase(),
                base.topicPrefix(),
                base.partitions(),
                Map.of());
        try (FlakyModelServer models = FlakyModelServer.start()) {
            return run(settings, models);
        }
    }

    private int run(StackSettings settings, FlakyModelServer models) throws Exception {
        List<String> args = new ArrayList<>(FaultScenarios.serviceArgs(models));
        args.add("-Dplantain.stage.max-in-flight=" + maxInFlight);
        List<FaultCount> counts = new ArrayList<>();
        LocalStack own = LocalStack.start(settings, System.err, args);
        try (FaultScenarios scenarios = new FaultScenarios(own, models, System.err)) {
            counts.addAll(scenarios.all());
        } finally {
            System.err.println("stopping the stack started for this run");
            own.stop();
        }
        counts.add(onCluster(settings, args));
        counts.add(FaultCount.total("model fails each job's first try (all above)", counts));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("faults on a stack with plantain.stage.max-in-flight=%d%n", maxInFlight);
        FaultCount.print(out, counts);
        return counts.stream().allMatch(c -> c.duplicates() == 0 && c.lost() == 0) ? 0 : 1;
    }

    /** The cluster scenario, on a stack of three brokers of its own started after the first one stopped. */
    private static FaultCount onCluster(StackSettings single, List<String> args) {
        StackSettings settings = ClusterScenario.settings(
                single, single.stateDir().resolveSibling(single.stateDir().getFileName() + "-cluster"));
        LocalStack.deleteTree(settings.stateDir());
        LocalStack cluster = LocalStack.start(settings, System.err, args);
        try (ClusterScenario scenario = new ClusterScenario(cluster)) {
            return scenario.brokerKilled();
        } finally {
            System.err.println("stopping the cluster started for this run");
            cluster.stop();
        }
    }
}
