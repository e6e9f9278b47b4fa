package dev.plantain.planner.parse;

import dev.plantain.plan.RelationKind;
import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import dev.plantain.planner.parse.ParsedPrompt.ParsedRelation;
import java.util.List;

/**
 * Binds a relation phrase to the noun phrase before it and the one after it, or the two after it for "between"; a
 * relation missing a side is noted as not drawn (the noun without art is the unrenderable part, not the relation
 * words). Not thread-safe: one per parse.
 */
final class RelationBinder {

    private static final int NONE = -1;

    private final List<ParsedEntity> entities;
    private final List<ParsedRelation> relations;
    private final PromptNotes notes;
    private Unit pending;
    private int subject;
    private int first = NONE;

    RelationBinder(List<ParsedEntity> entities, List<ParsedRelation> relations, PromptNotes notes) {
        this.entities = entities;
        this.relations = relations;
        this.notes = notes;
    }

    /** A relation phrase, after the phrase whose head is {@code lastPhrase}. */
    void start(Unit relation, int lastPhrase) {
        finish();
        pending = relation;
        subject = lastPhrase;
        first = NONE;
    }

    /** A noun phrase closed with this head (or {@link #NONE}). */
    void phraseClosed(int head) {
        if (pending == null) {
            return;
        }
        RelationKind kind = pending.relation();
        if (subject < 0 || head < 0) {
            notes.notDepicted.add(pending.text() + ": relation not drawn, "
                    + (subject < 0 ? "its subject" : "its object") + " has no art");
        } else if (kind == RelationKind.BETWEEN && first == NONE) {
            first = head;
            return;
        } else if (kind == RelationKind.BETWEEN) {
            relations.add(new ParsedRelation(subject, kind, first, head));
        } else {
            relations.add(new ParsedRelation(subject, kind, head));
            if (kind == RelationKind.INSIDE) {
                notes.notDepicted.add(entities.get(subject).noun() + " inside "
                        + entities.get(head).noun() + ": drawn beside it, not inside");
            }
        }
        pending = null;
    }

    /** A phrase naming the setting closed: a relation to it is noted, since the setting is the whole background. */
    void settingClosed(String place) {
        if (pending == null) {
            return;
        }
        String subjectNoun = subject < 0 ? "" : entities.get(subject).noun() + " ";
        notes.notDepicted.add(subjectNoun + pending.text() + " " + place + ": " + place
                + " is the setting, so the relation is drawn as being in the scene");
        pending = null;
    }

    /** A relation still waiting for its object at the end of the prompt (or at the next relation) is listed. */
    void finish() {
        if (pending != null) {
            notes.notDepicted.add(pending.text() + ": relation not drawn, it has no object");
            pending = null;
        }
    }
}
