package dev.plantain.planner.parse;

import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import java.util.List;

/**
 * A definite noun phrase ("the dog") refers back to the latest entity drawn with the same art, unless its colour or
 * count says it is another one ("a red ball and a blue ball ... the blue ball").
 */
final class Coreference {

    static final int NONE = -1;

    private Coreference() {}

    /** The index of the entity a definite phrase refers to, or {@link #NONE} when it introduces a new one. */
    static int find(List<ParsedEntity> entities, String artId, String color, Integer count) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            ParsedEntity earlier = entities.get(i);
            if (earlier.artId().equals(artId)
                    && (color == null || color.equals(earlier.color()))
                    && (count == null || count == earlier.count())) {
                return i;
            }
        }
        return NONE;
    }
}
