package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            boolean agrees = agrees(item.path("include"), plan);
            if (!agrees) {
                System.out.println("disagree: " + item.path("prompt").asText() + " -> " + plan.entities()
                        + " " + plan.relations() + " unrenderable " + plan.unrenderable());
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

    /** The plan has exactly the included objects, each with its count, colour and position, and nothing else. */
    private static boolean agrees(JsonNode include, ScenePlan plan) {
        if (plan.entities().size() != include.size() || !plan.unrenderable().isEmpty()) {
            return false;
        }
        List<Entity> matched = new ArrayList<>();
        for (JsonNode wanted : include) {
            Entity entity = plan.entities().stream()
                    .filter(e -> !matched.contains(e) && sameClass(e, wanted.path("class").asText()))
                    .findFirst()
                    .orElse(null);
            boolean sameColor = entity != null
                    && (!wanted.has("color") || wanted.path("color").asText().equals(entity.color()));
            if (!sameColor || entity.count() != wanted.path("count").asInt()) {
                return false;
            }
            matched.add(entity);
        }
        return positionsAgree(include, plan, matched);
    }

    private static boolean sameClass(Entity entity, String name) {
        return entity.concept().equals(name) || entity.artId().equals(name.replace(' ', '-'));
    }

    private static boolean positionsAgree(JsonNode include, ScenePlan plan, List<Entity> matched) {
        long wantedRelations = 0;
        for (int i = 0; i < include.size(); i++) {
            JsonNode position = include.get(i).path("position");
            if (position.isMissingNode()) {
                continue;
            }
            wantedRelations++;
            RelationKind kind = RelationKind.fromLabel(position.get(0).asText().replace(' ', '-'));
            Entity subject = matched.get(i);
            Entity object = matched.get(position.get(1).asInt());
            if (!plan.relations().contains(new Relation(subject.id(), kind, object.id()))) {
                return false;
            }
        }
        return plan.relations().size() == wantedRelations;
    }
}
