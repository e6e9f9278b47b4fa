package dev.plantain.planner.parse;

import dev.plantain.plan.EntitySize;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.SceneGraph;
import java.util.List;

/**
 * What a prompt asks for, before layout.
 *
 * @param entities the things to draw, in prompt order
 * @param relations relations between entities, by index into {@code entities}
 * @param texts quoted texts and their carriers
 * @param unrenderable words naming what the art cannot depict, as written
 * @param notes the setting, style, exclusions, seeded choices and what is understood but not depicted
 * @param graph the whole prompt as atoms, every content word covered
 */
public record ParsedPrompt(
        List<ParsedEntity> entities,
        List<ParsedRelation> relations,
        List<ParsedText> texts,
        List<String> unrenderable,
        PromptNotes notes,
        SceneGraph graph) {

    /** One thing to draw. */
    public record ParsedEntity(String noun, String concept, String artId, int count, String color, EntitySize size) {

        ParsedEntity withColor(String newColor) {
            return new ParsedEntity(noun, concept, artId, count, newColor, size);
        }
    }

    /** "subject relation object", by entity index; {@code second} is the second object of "between", else -1. */
    public record ParsedRelation(int subject, RelationKind kind, int object, int second) {

        ParsedRelation(int subject, RelationKind kind, int object) {
            this(subject, kind, object, -1);
        }
    }

    /** A quoted text on its carrier; {@code entity} is the index of the entity it is written on, else -1. */
    public record ParsedText(String content, String carrier, int entity) {

        public ParsedText(String content, String carrier) {
            this(content, carrier, -1);
        }
    }
}
