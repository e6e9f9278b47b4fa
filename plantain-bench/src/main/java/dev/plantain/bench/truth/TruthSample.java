package dev.plantain.bench.truth;

import dev.plantain.messages.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The prompts {@code bench-truth} samples for labelling: PartiPrompts stratified over its categories (evenly spaced
 * within each), plus GenEval and T2I-CompBench prompts evenly spaced over their files, from the copies in
 * {@code benchmarks/}.
 */
final class TruthSample {

    /** A prompt and where it came from. */
    record Prompt(String source, String category, String prompt) {}

    private TruthSample() {}

    static List<Prompt> select(Path benchmarks, int perCategory, int extras) throws IOException {
        List<Prompt> chosen = new ArrayList<>();
        Map<String, List<String>> parti = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(benchmarks.resolve("parti/PartiPrompts.tsv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            if (f.length >= 2 && !f[0].isBlank()) {
                parti.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
            }
        }
        parti.forEach((category, prompts) ->
                spaced(prompts, perCategory).forEach(p -> chosen.add(new Prompt("parti", category, p))));
        List<String> geneval = new ArrayList<>();
        for (String line : Files.readAllLines(benchmarks.resolve("geneval/geneval_metadata.jsonl"))) {
            geneval.add(Json.MAPPER.readTree(line).get("prompt").asText());
        }
        spaced(geneval, extras).forEach(p -> chosen.add(new Prompt("geneval", "GenEval", p)));
        List<String> compBench = new ArrayList<>();
        try (Stream<Path> files = Files.list(benchmarks.resolve("t2i-compbench"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("_val.txt"))
                    .sorted()
                    .toList()) {
                Files.readAllLines(file).stream()
                        .filter(l -> !l.isBlank())
                        .map(String::strip)
                        .forEach(compBench::add);
            }
        }
        spaced(compBench, extras).forEach(p -> chosen.add(new Prompt("t2i-compbench", "T2I-CompBench", p)));
        return chosen;
    }

    /** {@code n} items evenly spaced over the list (all of them when it is shorter). */
    static List<String> spaced(List<String> items, int n) {
        if (n >= items.size()) {
            return items;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(items.get((int) ((long) i * items.size() / n)));
        }
        return out;
    }
}
