package dev.plantain.planner.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.messages.Json;
import dev.plantain.plan.SceneGraph;
import dev.plantain.planner.RuleBasedPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing dropped: every prompt of GenEval, T2I-CompBench and PartiPrompts (copied into {@code benchmarks/} with their
 * licences) is planned, and each content word of each prompt is covered by a scene-graph atom or a stated reason.
 * Prompts the planner refuses (a count over the limit) say why and are counted apart.
 */
class PromptCoverageTest {

    private static final Path BENCHMARKS = Path.of("..", "benchmarks");
    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    static List<String> prompts() throws IOException {
        List<String> prompts = new ArrayList<>();
        for (String line : Files.readAllLines(BENCHMARKS.resolve("geneval/geneval_metadata.jsonl"))) {
            JsonNode node = Json.MAPPER.readTree(line);
            prompts.add(node.get("prompt").asText());
        }
        try (Stream<Path> files = Files.list(BENCHMARKS.resolve("t2i-compbench"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file).stream().filter(l -> !l.isBlank()).forEach(prompts::add);
            }
        }
        List<String> parti = Files.readAllLines(BENCHMARKS.resolve("parti/PartiPrompts.tsv"));
        for (String line : parti.subList(1, parti.size())) {
            prompts.add(line.split("\t", 2)[0]);
        }
        return prompts;
    }

    @Test
    void everyContentWordOfEveryBenchmarkPromptIsCoveredByAnAtomOrAReason() throws IOException {
        List<String> prompts = prompts();
        Map<String, Integer> uncovered = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int refused = 0;
        for (String prompt : prompts) {
            SceneGraph graph;
            try {
                graph = PLANNER.plan(prompt, 512, 512, 1).graph();
            } catch (IllegalArgumentException e) {
                refused++;
                assertThat(e.getMessage()).isNotBlank();
                continue;
            }
            var covered = graph.covered();
            List<String> left = IntStream.range(0, graph.tokens().size())
                    .filter(i -> FunctionWords.isContent(graph.tokens().get(i)) && !covered.contains(i))
                    .mapToObj(graph.tokens()::get)
                    .toList();
            left.forEach(w -> uncovered.merge(w, 1, Integer::sum));
            if (!left.isEmpty() && examples.size() < 20) {
                examples.add(prompt + " -> " + left);
            }
        }
        System.out.printf(
                "planned %d benchmark prompts (%d refused with a reason); content words with neither atom nor reason: %s%n",
                prompts.size(), refused, uncovered.isEmpty() ? "none" : uncovered);
        examples.forEach(e -> System.out.println("  " + e));
        assertThat(prompts).hasSizeGreaterThan(4000);
        assertThat(uncovered).isEmpty();
    }
}
