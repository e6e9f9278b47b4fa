package dev.plantain.planner.parse;

import dev.plantain.plan.RelationKind;
import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import dev.plantain.planner.parse.ParsedPrompt.ParsedRelation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Absolute sides ("a cat on the left and a dog on the right") turned into relations between entities: an entity on
 * the left is left of every entity not also on the left, one on the right is right of every entity with no side.
 */
final class Sides {

    private static final int NONE = -1;

    private final Map<Integer, String> sides = new LinkedHashMap<>();
    private String pending;

    /** The side follows its phrase ("a cat on the left") or, with none before it, precedes it ("On the left, ..."). */
    void mark(int lastPhrase, String side) {
        if (lastPhrase == NONE) {
            pending = side;
        } else {
            sides.put(lastPhrase, side);
        }
    }

    void phraseClosed(int head) {
        if (pending != null && head != NONE) {
            sides.put(head, pending);
            pending = null;
        }
    }

    void addRelations(List<ParsedEntity> entities, List<ParsedRelation> relations, PromptNotes notes) {
        for (Map.Entry<Integer, String> side : sides.entrySet()) {
            int subject = side.getKey();
            boolean left = side.getValue().equals("left");
            boolean related = false;
            for (int other = 0; other < entities.size(); other++) {
                String otherSide = sides.get(other);
                boolean applies = other != subject && (left ? !"left".equals(otherSide) : otherSide == null);
                if (applies && !relates(relations, subject, other)) {
                    relations.add(
                            new ParsedRelation(subject, left ? RelationKind.LEFT_OF : RelationKind.RIGHT_OF, other));
                }
                related |= other != subject && (applies || otherSide != null && !otherSide.equals(side.getValue()));
            }
            if (!related) {
                notes.notDepicted.add(entities.get(subject).noun() + " on the " + side.getValue()
                        + ": nothing else to place it against, so it is centred");
            }
        }
    }

    private static boolean relates(List<ParsedRelation> relations, int a, int b) {
        return relations.stream()
                .anyMatch(r -> r.subject() == a && r.object() == b || r.subject() == b && r.object() == a);
    }
}
