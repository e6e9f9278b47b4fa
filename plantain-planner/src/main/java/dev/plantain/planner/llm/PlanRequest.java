package dev.plantain.planner.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.messages.Json;
import dev.plantain.plan.Palette;

/** The chat-completions request that asks a language model for a scene plan as structured JSON. */
final class PlanRequest {

    static final String INSTRUCTIONS = """
            You plan pictures. Answer with one JSON object and nothing else, with these fields:
            entities: [{id: "e1", noun: word as written, concept: singular English noun, artId: the emoji's CLDR \
            short name in kebab case ("red-apple"), count: 1-20, color: one of the palette names or null, \
            size: tiny|small|medium|big|huge}];
            relations: [{subject: entity id, relation: left-of|right-of|above|below|on-top-of|under|next-to|between|\
            in-front-of|behind|inside, object: entity id, secondObject: the second entity id for between only}];
            texts: [{id: "t1", content: the exact quoted text, carrier: sign|banner|poster|...}];
            unrenderable: words naming things no emoji depicts; excluded: concepts the prompt asks to leave out;
            notDepicted: shapes, materials or textures asked for; setting: e.g. night, beach, or null; \
            style: e.g. watercolour, pixel art, or null.
            Palette: %s.""";

    private PlanRequest() {}

    static ObjectNode body(String model, String prompt, long seed) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model).put("temperature", 0).put("seed", seed);
        body.putObject("response_format").put("type", "json_object");
        var messages = body.putArray("messages");
        String palette = String.join(
                ", ", Palette.all().stream().map(Palette.Named::name).toList());
        messages.addObject().put("role", "system").put("content", INSTRUCTIONS.formatted(palette));
        messages.addObject().put("role", "user").put("content", prompt);
        return body;
    }
}
