package dev.plantain.bench;

import dev.plantain.messages.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** The requests the benchmark submits: one fixed prompt and seed, so every run of a size does the same work. */
final class BenchJobs {

    static final String PROMPT = "two red apples to the left of a blue car";
    static final long SEED = 7;

    private BenchJobs() {}

    static String request(String jobId, String resolution, int maxRounds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobId", jobId);
        body.put("prompt", PROMPT);
        body.put("resolution", resolution);
        body.put("aspectRatio", "1:1");
        body.put("seed", SEED);
        body.put("maxRefineRounds", maxRounds);
        body.put("acceptance", "best-effort");
        return Json.write(body);
    }
}
