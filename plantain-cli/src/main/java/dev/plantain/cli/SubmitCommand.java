package dev.plantain.cli;

import dev.plantain.cli.jobs.JobClient;
import dev.plantain.cli.stack.LocalStack;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Submits a job to a running stack and prints its id. */
@Command(name = "submit", description = "Submit a job to the running stack and print its job id.")
final class SubmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "What to draw.")
    String prompt;

    @Mixin
    JobOptions job;

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() {
        LocalStack running = LocalStack.find(stack.settings(Map.of()))
                .orElseThrow(() -> new IllegalStateException("no stack is up: start one with ./plantain up"));
        try (JobClient client =
                new JobClient(running.settings().bootstrap(), running.settings().topicPrefix())) {
            client.send(job.jobId(), job.requestJson(prompt));
        }
        spec.commandLine().getOut().println(job.jobId());
        return 0;
    }
}
