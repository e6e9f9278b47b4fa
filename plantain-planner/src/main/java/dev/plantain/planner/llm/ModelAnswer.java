package dev.plantain.planner.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.messages.Json;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.RelationKind;
import dev.plantain.planner.art.Lexicon;
import dev.plantain.planner.parse.ParsedPrompt;
import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import dev.plantain.planner.parse.ParsedPrompt.ParsedRelation;
import dev.plantain.planner.parse.ParsedPrompt.ParsedText;
import dev.plantain.planner.parse.PromptNotes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A language model's plan, checked: it must be JSON that agrees with the plan schema (instances and checks may be
 * left out; a missing or unknown art id is looked up from the concept) and keep the plan's invariants (unique ids,
 * relations between known entities, art that exists). What passes becomes a {@link ParsedPrompt} for the layout
 * solver.
 */
final class ModelAnswer {

    /** Why an answer was refused. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason);
        }
    }

    private ModelAnswer() {}

    static ParsedPrompt read(String content, String prompt, int width, int height, long seed, Lexicon lexicon)
            throws Rejected {
        ObjectNode plan = parse(content);
        plan.put("prompt", prompt).put("width", width).put("height", height).put("seed", seed);
        for (String list : List.of("relations", "texts", "unrenderable", "checks")) {
            if (!plan.has(list)) {
                plan.putArray(list);
            }
        }
        for (JsonNode entity : plan.path("entities")) {
            if (entity instanceof ObjectNode e
                    && !lexicon.hasArt(e.path("artId").asText())) {
                // as the built-in planner finds art: by name, then by meaning (hypernyms, silhouettes)
                List<String> words = List.of(e.path("concept").asText("").split("[ -]+"));
                lexicon.resolve(words, false)
                        .or(() -> lexicon.resolveByMeaning(words, false))
                        .ifPresentOrElse(m -> e.put("artId", m.artId()), () -> e.remove("artId"));
            }
        }
        List<String> violations = PlanSchema.violations(plan);
        if (!violations.isEmpty()) {
            throw new Rejected("the answer does not agree with the plan schema: " + String.join("; ", violations));
        }
        return toParsed(plan);
    }

    private static ObjectNode parse(String content) throws Rejected {
        try {
            JsonNode node = Json.MAPPER.readTree(content == null ? "" : content);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new Rejected("the answer is not a JSON object");
        } catch (JsonProcessingException e) {
            throw new Rejected("the answer is not JSON: " + e.getOriginalMessage());
        }
    }

    private static ParsedPrompt toParsed(ObjectNode plan) throws Rejected {
        Map<String, Integer> index = new HashMap<>();
        List<ParsedEntity> entities = new ArrayList<>();
        for (JsonNode e : plan.get("entities")) {
            if (index.put(e.get("id").asText(), entities.size()) != null) {
                throw new Rejected("entity id " + e.get("id").asText() + " is used twice");
            }
            String color = e.path("color").isTextual() ? e.get("color").asText() : null;
            EntitySize size = e.has("size") ? EntitySize.fromLabel(e.get("size").asText()) : EntitySize.MEDIUM;
            entities.add(new ParsedEntity(
                    e.path("noun").asText(e.get("concept").asText()),
                    e.get("concept").asText(),
                    e.get("artId").asText(),
                    e.get("count").asInt(),
                    color,
                    size));
        }
        List<ParsedRelation> relations = new ArrayList<>();
        for (JsonNode r : plan.get("relations")) {
            RelationKind kind = RelationKind.fromLabel(r.get("relation").asText());
            boolean between = kind == RelationKind.BETWEEN;
            if (between != (r.path("secondObject").isTextual())) {
                throw new Rejected("relation " + kind.label() + " needs a secondObject exactly when it is between");
            }
            relations.add(new ParsedRelation(
                    entity(index, r.get("subject")),
                    kind,
                    entity(index, r.get("object")),
                    between ? entity(index, r.get("secondObject")) : -1));
        }
        List<ParsedText> texts = new ArrayList<>();
        for (JsonNode t : plan.get("texts")) {
            texts.add(
                    new ParsedText(t.get("content").asText(), t.path("carrier").asText("sign")));
        }
        PromptNotes notes = new PromptNotes();
        text(plan, "setting").ifPresent(notes.settings::add);
        text(plan, "style").ifPresent(notes.styles::add);
        strings(plan.path("notDepicted"), notes.notDepicted);
        strings(plan.path("excluded"), notes.excluded);
        List<String> unrenderable = new ArrayList<>();
        strings(plan.get("unrenderable"), unrenderable);
        return new ParsedPrompt(entities, relations, texts, unrenderable, notes, null);
    }

    private static int entity(Map<String, Integer> index, JsonNode id) throws Rejected {
        Integer at = index.get(id.asText());
        if (at == null) {
            throw new Rejected("a relation names entity " + id.asText() + ", which the answer does not list");
        }
        return at;
    }

    private static Optional<String> text(JsonNode plan, String field) {
        return plan.path(field).isTextual() ? Optional.of(plan.get(field).asText()) : Optional.empty();
    }

    private static void strings(JsonNode array, List<String> into) {
        array.forEach(n -> into.add(n.asText()));
    }
}
