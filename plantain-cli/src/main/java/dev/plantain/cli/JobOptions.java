package dev.plantain.cli;

import dev.plantain.messages.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Option;

/** The options of a job request, shared by {@code generate} and {@code submit}. */
final class JobOptions {

    @Option(
            names = "--resolution",
            defaultValue = "1K",
            description = "1K, 2K or 4K (long side 1024, 2048, 4096). Default: ${DEFAULT-VALUE}")
    String resolution;

    @Option(
            names = "--aspect-ratio",
            defaultValue = "1:1",
            description = "W:H, e.g. 1:1, 4:3, 16:9, 9:16. Default: ${DEFAULT-VALUE}")
    String aspectRatio;

    @Option(names = "--seed", description = "Seed for every random choice; the same seed gives the same image.")
    Long seed;

    @Option(
            names = "--max-rounds",
            defaultValue = "3",
            description = "Refine rounds allowed, 0-8. Default: ${DEFAULT-VALUE}")
    int maxRounds;

    @Option(
            names = "--acceptance",
            defaultValue = "best-effort",
            description = "best-effort or strict. Default: ${DEFAULT-VALUE}")
    String acceptance;

    @Option(names = "--job-id", description = "The job id (default: a new random one).")
    String jobId;

    String jobId() {
        if (jobId == null) {
            jobId = "job-" + UUID.randomUUID();
        }
        return jobId;
    }

    /** The request record as JSON, exactly what any Kafka client would send. */
    String requestJson(String prompt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobId", jobId());
        body.put("prompt", prompt);
        body.put("resolution", resolution);
        body.put("aspectRatio", aspectRatio);
        if (seed != null) {
            body.put("seed", seed);
        }
        body.put("maxRefineRounds", maxRounds);
        body.put("acceptance", acceptance);
        return Json.write(body);
    }
}
