package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plantain.plan.ScenePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class GenEvalAgreementTest {

    private static final List<Path> METADATA = List.of(
            Path.of("../../shared/benchmarks/geneval_metadata.jsonl"),
            Path.of("../shared/benchmarks/geneval_metadata.jsonl"));

    private final RuleBasedPlanner planner = RuleBasedPlanner.withDefaultArt();

    @Test
    void plansAgreeWithGenEvalMetadata() throws IOException {
        Path file = METADATA.stream().filter(Files::exists).findFirst().orElse(null);
        Assumptions.assumeTrue(file != null, "GenEval metadata is not in shared/benchmarks");
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> perTag = new TreeMap<>();
        int agreed = 0;
        int total = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = json.readTree(line);
            ScenePlan plan = planner.plan(item.path("prompt").asText(), 1024, 1024, 7);
            boolean agrees = GenEvalAgreement.agrees(item.path("include"), plan);
            if (!agrees) {
                System.out.println("disagree: " + item.path("prompt").asText() + " -> " + plan.entities() + " "
                        + plan.relations() + " unrenderable " + plan.unrenderable());
            }
            int[] tally = perTag.computeIfAbsent(item.path("tag").asText(), t -> new int[2]);
            tally[0] += agrees ? 1 : 0;
            tally[1]++;
            agreed += agrees ? 1 : 0;
            total++;
        }
        perTag.forEach((tag, t) -> System.out.printf("GenEval %-14s %3d/%3d%n", tag, t[0], t[1]));
        System.out.printf("GenEval overall        %3d/%3d (%.1f%%)%n", agreed, total, 100.0 * agreed / total);
        assertThat((double) agreed / total).isGreaterThanOrEqualTo(0.95);
    }
}
