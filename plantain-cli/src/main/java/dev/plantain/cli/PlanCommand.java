package dev.plantain.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.AspectRatio;
import dev.plantain.messages.Json;
import dev.plantain.messages.Resolution;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the scene plan of a prompt, or of every line of a JSONL file, with the built-in planner; no Kafka needed. */
@Command(
        name = "plan",
        description = "Print the scene plan of a prompt as JSON, or one plan per line for --jsonl (no Kafka needed).")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", description = "The prompt.")
    String prompt;

    @Option(
            names = "--jsonl",
            paramLabel = "FILE",
            description = "Plan every line of FILE (JSON objects with a \"prompt\" and an optional \"seed\"); one plan "
                    + "per line on stdout, or {\"line\": N, \"error\": ...} for a line that cannot be planned.")
    Path jsonl;

    @Option(names = "--resolution", defaultValue = "1K", description = "1K, 2K or 4K. Default: ${DEFAULT-VALUE}")
    String resolution;

    @Option(names = "--aspect-ratio", defaultValue = "1:1", description = "W:H. Default: ${DEFAULT-VALUE}")
    String aspectRatio;

    @Option(names = "--seed", defaultValue = "0", description = "Seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() throws IOException {
        if ((prompt == null) == (jsonl == null)) {
            throw new ParameterException(spec.commandLine(), "give either a PROMPT or --jsonl FILE");
        }
        Resolution r = Resolution.parse(resolution)
                .orElseThrow(
                        () -> new IllegalArgumentException("--resolution '" + resolution + "': allowed 1K, 2K, 4K"));
        AspectRatio ratio = AspectRatio.parse(aspectRatio);
        int width = ratio.canvasWidth(r.nativeLongSide());
        int height = ratio.canvasHeight(r.nativeLongSide());
        ScenePlanner planner = new RuleBasedPlanner(ArtLibrary.fluentFlat());
        PrintWriter out = spec.commandLine().getOut();
        if (prompt != null) {
            out.println(Json.writePretty(planner.plan(prompt, width, height, seed)));
            return 0;
        }
        int failed = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode request = Json.MAPPER.readTree(line);
                    if (!request.path("prompt").isTextual()
                            || request.get("prompt").asText().isBlank()) {
                        throw new IllegalArgumentException("no \"prompt\" string");
                    }
                    long lineSeed = request.path("seed").canConvertToLong()
                            ? request.get("seed").asLong()
                            : seed;
                    out.println(Json.write(planner.plan(request.get("prompt").asText(), width, height, lineSeed)));
                } catch (IOException | RuntimeException e) {
                    failed++;
                    out.println(Json.MAPPER
                            .createObjectNode()
                            .put("line", number)
                            .put("error", "line " + number + ": " + e.getMessage()));
                }
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
