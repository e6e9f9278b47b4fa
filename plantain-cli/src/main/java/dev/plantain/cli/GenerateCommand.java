package dev.plantain.cli;

import dev.plantain.blob.store.LocalBlobStore;
import dev.plantain.cli.jobs.JobClient;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.Json;
import dev.plantain.messages.RequestParser;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Generates one image through the whole pipeline, starting a local stack for it unless one is up. */
@Command(name = "generate", description = "Generate an image from a prompt through the pipeline on Kafka.")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "What to draw.")
    String prompt;

    @Option(
            names = "--out",
            defaultValue = "plantain.png",
            description = "The PNG to write; the result record goes beside it as .json. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--timeout",
            defaultValue = "600",
            description = "Seconds to wait for the result. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    @Mixin
    JobOptions job;

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        String request = job.requestJson(prompt);
        RequestParser.Parsed parsed = RequestParser.parse(job.jobId(), request, job.jobId());
        if (!parsed.ok()) {
            err.println("plantain: " + parsed.reason());
            return 2;
        }
        StackSettings settings = stack.settings(Map.of());
        Optional<LocalStack> running = LocalStack.find(settings);
        LocalStack own = running.isPresent() ? null : LocalStack.start(settings, err);
        LocalStack target = running.orElse(own);
        try (JobClient client =
                new JobClient(target.settings().bootstrap(), target.settings().topicPrefix())) {
            client.send(job.jobId(), request);
            err.printf("submitted %s%n", job.jobId());
            JobResult result = client.await(job.jobId(), Duration.ofSeconds(timeoutSeconds), ProgressPrinter.to(err));
            return write(result, target.settings(), err);
        } finally {
            if (own != null) {
                err.println("stopping the stack started for this job");
                own.stop();
            }
        }
    }

    private int write(JobResult result, StackSettings settings, PrintStream err) throws java.io.IOException {
        Path json = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.png$", "") + ".json");
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(json, Json.writePretty(result));
        if (result.status() == JobStatus.FAILED) {
            err.printf("FAILED: %s%nresult: %s%n", result.reason(), json);
            return 1;
        }
        Files.write(
                out, new LocalBlobStore(settings.blobDir()).get(result.image().blob()));
        err.printf(
                "SUCCEEDED: %s (%dx%d, %d refine round(s), %s)%nresult: %s%n",
                out,
                result.image().width(),
                result.image().height(),
                result.rounds(),
                result.verified() ? "verified" : result.reason(),
                json);
        return 0;
    }
}
