package dev.plantain.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.messages.Json;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.GenEvalAgreement;
import dev.plantain.planner.NounCoverage;
import dev.plantain.planner.ScenePlanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures a planner on public prompt sets and prints the tables: GenEval agreement per tag, T2I-CompBench noun
 * coverage per file with the nouns that have no art, and planning time per prompt.
 */
final class PlannerBench {

    private static final int SIDE = 1024;
    private static final long SEED = 7;

    private final ScenePlanner planner;
    private final NounCoverage coverage;
    private final PrintWriter out;
    private final List<Long> nanos = new ArrayList<>();

    PlannerBench(ScenePlanner planner, NounCoverage coverage, PrintWriter out) {
        this.planner = planner;
        this.coverage = coverage;
        this.out = out;
    }

    private ScenePlan plan(String prompt) {
        long start = System.nanoTime();
        ScenePlan plan = planner.plan(prompt, SIDE, SIDE, SEED);
        nanos.add(System.nanoTime() - start);
        return plan;
    }

    void genEval(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            out.println("GenEval: " + file + " not found, skipped");
            return;
        }
        Map<String, int[]> perTag = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode item = Json.MAPPER.readTree(line);
                boolean agrees = GenEvalAgreement.agrees(
                        item.path("include"), plan(item.path("prompt").asText()));
                int[] tally = perTag.computeIfAbsent(item.path("tag").asText(), t -> new int[2]);
                tally[0] += agrees ? 1 : 0;
                tally[1]++;
            }
        }
        int agreed = perTag.values().stream().mapToInt(t -> t[0]).sum();
        int total = perTag.values().stream().mapToInt(t -> t[1]).sum();
        out.printf("GenEval agreement (class, count, colour, position) on %s: %d/%d%n", file, agreed, total);
        out.printf("  %-16s %7s %7s%n", "tag", "agreed", "total");
        perTag.forEach((tag, t) -> out.printf("  %-16s %7d %7d%n", tag, t[0], t[1]));
    }

    void compBench(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            out.println("T2I-CompBench: " + dir + " not found, skipped");
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, Map<String, Integer>> missing = new TreeMap<>();
        Map<String, Map<String, Integer>> noted = new TreeMap<>();
        out.println("T2I-CompBench: share of prompts whose every noun maps to art, on " + dir);
        out.println("  (the nouns counted are the heads of the noun phrases the planner reads as entities; a noun"
                + " naming a place or surface, such as kitchen, floor, street or beach, becomes the plan's setting,"
                + " drawn as the background, and counts as understood; modifiers, verbs, relation words and colour,"
                + " shape or texture words are not nouns to cover; a prompt counts when it has no noun without art and"
                + " plans an entity or a setting; a description after a linking verb (\"were the objects of"
                + " attention\") and a purpose after \"for\" without art are noted in the plan, not drawn, and counted"
                + " only in the strict share; art is emoji first, then Plantain's own drawings and shaded silhouette"
                + " icons)");
        out.printf("  %-24s %7s %7s %7s %7s%n", "file", "prompts", "mapped", "share", "strict");
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            int prompts = 0;
            int mapped = 0;
            int strict = 0;
            Map<String, Integer> nouns = missing.computeIfAbsent(name, n -> new TreeMap<>());
            Map<String, Integer> notedNouns = noted.computeIfAbsent(name, n -> new TreeMap<>());
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    ScenePlan plan = plan(line.strip());
                    NounCoverage.Missing without = coverage.missing(line.strip(), SEED);
                    without.drawn().forEach(n -> nouns.merge(n, 1, Integer::sum));
                    without.noted().forEach(n -> notedNouns.merge(n, 1, Integer::sum));
                    prompts++;
                    boolean planned = !plan.entities().isEmpty() || plan.setting() != null;
                    mapped += without.drawn().isEmpty() && planned ? 1 : 0;
                    strict += without.drawn().isEmpty() && without.noted().isEmpty() && planned ? 1 : 0;
                }
            }
            out.printf(
                    "  %-24s %7d %7d %6.1f%% %6.1f%%%n",
                    name,
                    prompts,
                    mapped,
                    prompts == 0 ? 0 : 100.0 * mapped / prompts,
                    prompts == 0 ? 0 : 100.0 * strict / prompts);
        }
        out.println("Nouns without art, per file (count of prompts):");
        missing.forEach((name, nouns) -> out.println("  " + name + ": " + counts(nouns)));
        out.println(
                "Nouns without art in descriptions and purposes, noted and not drawn, per file (count of prompts):");
        noted.forEach((name, nouns) -> out.println("  " + name + ": " + counts(nouns)));
    }

    private static String counts(Map<String, Integer> nouns) {
        return nouns.isEmpty()
                ? "none"
                : String.join(
                        ", ",
                        nouns.entrySet().stream()
                                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                .toList());
    }

    void timing() {
        if (nanos.isEmpty()) {
            out.println("Planning time per prompt: no prompts planned");
            return;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        out.printf(
                "Planning time per prompt (%d prompts, one thread, first includes loading): median %.2f ms, "
                        + "p99 %.2f ms%n",
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6);
    }
}
