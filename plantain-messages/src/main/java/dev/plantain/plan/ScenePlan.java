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
 * @param setting where the scene takes place ("at night", "on a beach"), or null when the prompt names none
 * @param style how the image should look ("watercolour", "pixel art"), or null when the prompt names none
 * @param notDepicted what the prompt asks for that the plan understood but the art cannot show (shapes,
 *     materials, textures, relations drawn approximately), each with what is drawn instead
 * @param excluded concepts the prompt asks to leave out ("without a dog", "no cars")
 * @param choices seeded choices the planner made for vague words ("a few apples: 3"), so a reader can see them
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
        List<Check> checks,
        String setting,
        String style,
        List<String> notDepicted,
        List<String> excluded,
        List<String> choices) {

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
        notDepicted = notDepicted == null ? List.of() : List.copyOf(notDepicted);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<TextSpec> text(String id) {
        return texts.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public ScenePlan withEntities(List<Entity> newEntities) {
        return new ScenePlan(
                prompt,
                width,
                height,
                seed,
                background,
                newEntities,
                relations,
                texts,
                unrenderable,
                checks,
                setting,
                style,
                notDepicted,
                excluded,
                choices);
    }

    public ScenePlan withTexts(List<TextSpec> newTexts) {
        return new ScenePlan(
                prompt,
                width,
                height,
                seed,
                background,
                entities,
                relations,
                newTexts,
                unrenderable,
                checks,
                setting,
                style,
                notDepicted,
                excluded,
                choices);
    }

    public ScenePlan withChecks(List<Check> newChecks) {
        return new ScenePlan(
                prompt,
                width,
                height,
                seed,
                background,
                entities,
                relations,
                texts,
                unrenderable,
                newChecks,
                setting,
                style,
                notDepicted,
                excluded,
                choices);
    }
}
