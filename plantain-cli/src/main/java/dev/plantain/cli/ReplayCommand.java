package dev.plantain.cli;

import dev.plantain.kafka.jobs.JobReplay;
import dev.plantain.messages.Stage;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Re-publishes one job's record at one stage into that stage's input topic, marked as a replay with a new attempt
 * id, so the stage (and those after it) run again on the same inputs; with the same seed they make the same bytes.
 */
@Command(
        name = "replay",
        description = "Run one stage of a job again from its recorded input; prints the replay's attempt id.")
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", required = true, description = "The job id.")
    String jobId;

    @Mixin
    StageOption stage;

    @Option(
            names = "--round",
            description = "For the verifier and refiner: the round to replay (default: the first recorded).")
    Integer round;

    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() throws ExecutionException, InterruptedException {
        Stage s = stage.stage();
        Optional<JobReplay.Sent> sent =
                new JobReplay(cluster.bootstrap(), cluster.topicPrefix()).replay(jobId, s, round);
        if (sent.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "no record of job %s on %s%s%n",
                            jobId, s.input().name(cluster.topicPrefix()), round == null ? "" : " for round " + round);
            return 1;
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "replayed %s as attempt %s%n",
                        sent.get().original(), sent.get().attempt());
        spec.commandLine().getOut().println(sent.get().attempt());
        return 0;
    }
}
