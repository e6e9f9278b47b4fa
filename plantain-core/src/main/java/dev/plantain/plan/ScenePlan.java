package dev.plantain.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the image must contain and where: the planner's output, trusted by every later stage.
 *
 * @param prompt the prompt it was planned from
 * @param width canvas width in pixels at native resolution
 * @param height canvas height in pixels at native resolution
 * @param seed the seed every seeded choice used
 * @param background the background as a palette colour name
 * @param entities what to draw
 * @param relations spatial relations between entities
 * @param texts quoted text to set
 * @param unrenderable words of the prompt naming things the art library cannot depict
 * @param checks what the verifier must confirm
 */
public record ScenePlan(
        String prompt,
        int width,
        int height,
        long seed,
        String background,
        List<Entity> entities,
        List<Relation> relations,
        List<TextSpec> texts,
        List<String> unrenderable,
        List<Check> checks) {

    public ScenePlan {
        Objects.requireNonNull(prompt, "prompt");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("canvas must be at least 1x1, was " + width + "x" + height);
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
        texts = texts == null ? List.of() : List.copyOf(texts);
        unrenderable = unrenderable == null ? List.of() : List.copyOf(unrenderable);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<TextSpec> text(String id) {
        return texts.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public ScenePlan withEntities(List<Entity> newEntities) {
        return new ScenePlan(prompt, width, height, seed, background, newEntities, relations, texts, unrenderable, checks);
    }

    public ScenePlan withTexts(List<TextSpec> newTexts) {
        return new ScenePlan(prompt, width, height, seed, background, entities, relations, newTexts, unrenderable, checks);
    }
}
