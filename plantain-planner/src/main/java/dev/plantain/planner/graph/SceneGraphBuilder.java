package dev.plantain.planner.graph;

import dev.plantain.plan.Atom;
import dev.plantain.plan.AtomKind;
import dev.plantain.plan.CoverReason;
import dev.plantain.plan.SceneGraph;
import dev.plantain.plan.WordNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Collects the atoms of a prompt's scene graph as the planner reads it (entities, counts, attributes, relations,
 * settings, styles, texts, negations), binding each relation to the thing before it and the one after it, then
 * covers every content word left over ({@link LeftoverWords}), so nothing the prompt says is dropped. Not
 * thread-safe: one per prompt.
 */
public final class SceneGraphBuilder {

    private final List<String> tokens;
    private final WordClasses classes;
    private final List<Draft> atoms = new ArrayList<>();
    private final Map<Integer, Draft> planned = new LinkedHashMap<>();
    private final List<WordNote> notes = new ArrayList<>();
    private Draft lastEntity;
    private Pending pending;

    /** @param tokens the prompt's tokens, as the planner split them */
    public SceneGraphBuilder(List<String> tokens, WordClasses classes) {
        this.tokens = List.copyOf(tokens);
        this.classes = classes;
    }

    /** An atom being built; words grow as later mentions ("the dog") refer back. */
    static final class Draft {
        final String id;
        final AtomKind kind;
        final String type;
        final String subject;
        String object;
        final String value;
        String standIn;
        final TreeSet<Integer> words = new TreeSet<>();
        final List<String> parents = new ArrayList<>();
        final String noun;
        String question;

        Draft(String id, AtomKind kind, String type, String subject, String value, String noun) {
            this.id = id;
            this.kind = kind;
            this.type = type;
            this.subject = subject;
            this.value = value;
            this.noun = noun;
        }

        Atom atom() {
            return new Atom(id, kind, type, subject, object, value, standIn, List.copyOf(words), parents, question);
        }
    }

    /** A relation phrase waiting for its object(s). */
    private record Pending(String label, List<Integer> words, Draft subject, List<Draft> objects) {}

    List<String> tokens() {
        return tokens;
    }

    /** The token at {@code index}, as the planner split it. */
    public String tokenAt(int index) {
        return tokens.get(index);
    }

    WordClasses classes() {
        return classes;
    }

    List<Draft> drafts() {
        return atoms;
    }

    private Draft add(AtomKind kind, String type, String subject, String value, String noun, List<Integer> words) {
        Draft draft = new Draft("a" + (atoms.size() + 1), kind, type, subject, value, noun);
        draft.words.addAll(words);
        atoms.add(draft);
        return draft;
    }

    /**
     * The plan's entity {@code index} (plan id {@code e<index+1>}) is named by these words; a later mention of the same
     * entity adds its words to the first atom.
     */
    public String entity(int index, String noun, List<Integer> words) {
        return entity(index, noun, noun, words);
    }

    /** As {@link #entity(int, String, List)}, asking for the thing by its singular ("Is there a seagull?"). */
    public String entity(int index, String noun, String singular, List<Integer> words) {
        Draft draft = planned.get(index);
        if (draft == null) {
            draft = add(AtomKind.ENTITY, null, "e" + (index + 1), noun, noun, words);
            draft.question = Questions.entity(singular);
            planned.put(index, draft);
        } else {
            draft.words.addAll(words);
        }
        closed(draft);
        return draft.id;
    }

    /** A thing the prompt names that the plan cannot draw: its atom can never pass. */
    public String missingEntity(String noun, List<Integer> words) {
        Draft draft = add(AtomKind.ENTITY, null, null, noun, noun, words);
        draft.question = Questions.entity(noun);
        closed(draft);
        return draft.id;
    }

    /** The plan's entity {@code index} is drawn with art that shows another thing ({@code shows}). */
    public void standIn(int index, String shows) {
        Optional.ofNullable(planned.get(index)).ifPresent(d -> d.standIn = shows);
    }

    /** The entity atom of the plan's entity {@code index}, if it has one. */
    public Optional<String> entityAtom(int index) {
        return Optional.ofNullable(planned.get(index)).map(d -> d.id);
    }

    /** The entity atom most recently closed, if any. */
    public Optional<String> lastEntityAtom() {
        return Optional.ofNullable(lastEntity).map(d -> d.id);
    }

    /** "three" apples: the count word(s) of an entity. */
    public void count(String entityAtom, int count, String written, List<Integer> words) {
        Draft parent = draft(entityAtom);
        Draft draft = add(AtomKind.COUNT, null, parent.subject, Integer.toString(count), parent.noun, words);
        draft.parents.add(parent.id);
        draft.question = Questions.count(written, parent.noun);
    }

    /** An attribute of an entity: colour, size, material, shape, texture, state, quality, manner, side. */
    public String attribute(String entityAtom, String type, String value, List<Integer> words) {
        Draft parent = draft(entityAtom);
        Draft draft = add(AtomKind.ATTRIBUTE, type, parent.subject, value, parent.noun, words);
        draft.parents.add(parent.id);
        draft.question = Questions.attribute(parent.noun, type, value);
        return draft.id;
    }

    /**
     * A relation phrase ({@code label}: a relation kind's label, or the words of an action); its subject is the entity
     * closed last, its object the next one closed ("between": the next two).
     */
    public void relation(String label, List<Integer> words) {
        finishPending();
        pending = new Pending(label, List.copyOf(words), lastEntity, new ArrayList<>());
    }

    /** An action between two entities ("riding"), or a state of one when {@code object} is null ("sleeping"). */
    public String action(String subjectAtom, String verb, String objectAtom, List<Integer> words) {
        Draft subject = draft(subjectAtom);
        if (objectAtom == null) {
            return attribute(subjectAtom, "state", verb, words);
        }
        Draft object = draft(objectAtom);
        Draft draft = add(AtomKind.RELATION, "action", subject.subject, verb, subject.noun, words);
        draft.object = object.subject;
        draft.parents.add(subject.id);
        draft.parents.add(object.id);
        draft.question = Questions.action(subject.noun, verb, object.noun);
        return draft.id;
    }

    /** A spatial relation the planner's grammar does not draw ("by the fireplace", "around the tree"). */
    public void spatial(String subjectAtom, String word, String objectAtom, List<Integer> words) {
        relationAtom(word, words, draft(subjectAtom), List.of(draft(objectAtom)));
    }

    /** Whether a word is a spatial preposition the grammar does not draw ("through", "around", "by"). */
    public static boolean isSpatialWord(String word) {
        return LeftoverWords.SPATIAL.contains(word);
    }

    /** Whether a note covers token {@code i}. */
    boolean noted(int i) {
        return notes.stream().anyMatch(n -> n.words().contains(i));
    }

    /** A setting, weather, time of day or style; a place phrase closing also binds a pending relation to it. */
    public String global(String type, String value, List<Integer> words) {
        Draft draft = add(AtomKind.GLOBAL, type, null, value, value, words);
        draft.question = Questions.global(type, value);
        if (pending != null && "setting".equals(type) && pending.subject != null) {
            relationAtom(pending.label, pending.words, pending.subject, List.of(draft));
            pending = null;
        }
        return draft.id;
    }

    /** Adds words to an atom already made (a setting's modifiers, a quote's cue word). */
    public void cover(String atomId, List<Integer> words) {
        draft(atomId).words.addAll(words);
    }

    /** A quoted text on its carrier (an entity atom, or null for a sign or banner drawn for it). */
    public String text(String textId, String content, String carrier, String carrierAtom, List<Integer> words) {
        Draft draft = add(AtomKind.GLOBAL, "text", textId, content, carrier, words);
        if (carrierAtom != null) {
            Draft parent = draft(carrierAtom);
            draft.parents.add(parent.id);
            draft.object = parent.subject;
        }
        draft.question = Questions.text(content, carrier);
        if (pending != null && pending.subject != null && pending.objects.isEmpty() && carrierAtom == null) {
            // "a cat next to a sign that says OPEN": the sign drawn for the text is the relation's object.
            Draft thing = new Draft(draft.id, AtomKind.GLOBAL, "text", textId, content, carrier);
            relationAtom(pending.label, pending.words, pending.subject, List.of(thing));
            pending = null;
        }
        return draft.id;
    }

    /** A thing the prompt asks to leave out. */
    public void negation(String noun, List<Integer> words) {
        Draft draft = add(AtomKind.NEGATION, null, null, noun, noun, words);
        draft.question = Questions.negation(noun);
    }

    /** Words that need no atom, with the reason. */
    public void note(CoverReason reason, List<Integer> words) {
        if (words.isEmpty()) {
            return;
        }
        List<String> written = words.stream().map(tokens::get).toList();
        notes.add(new WordNote(words, reason, String.join(" ", written)));
    }

    /** The graph: pending relations closed, leftover content words covered, atoms in order. */
    public SceneGraph build() {
        finishPending();
        LeftoverWords.cover(this);
        return new SceneGraph(tokens, atoms.stream().map(Draft::atom).toList(), notes);
    }

    /** The entity atoms in prompt order. */
    List<Draft> entities() {
        return atoms.stream().filter(d -> d.kind == AtomKind.ENTITY).toList();
    }

    Draft draft(String id) {
        return atoms.stream()
                .filter(d -> d.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no atom " + id));
    }

    private void closed(Draft entity) {
        lastEntity = entity;
        if (pending == null || pending.subject == entity) {
            return;
        }
        pending.objects.add(entity);
        boolean between = pending.label.equals("between");
        if (!between || pending.objects.size() == 2) {
            Pending done = pending;
            pending = null;
            if (done.subject != null) {
                relationAtom(done.label, done.words, done.subject, done.objects);
                lastEntity = entity;
            } else {
                // "On top of the table, a cup": the relation opens the prompt, its subject comes after.
                pending = new Pending(done.label, done.words, null, new ArrayList<>(done.objects));
            }
        }
    }

    private void finishPending() {
        if (pending == null) {
            return;
        }
        Pending done = pending;
        pending = null;
        if (done.subject != null) {
            relationAtom(done.label, done.words, done.subject, done.objects);
        } else if (!done.objects.isEmpty() && lastEntity != null && lastEntity != done.objects.get(0)) {
            relationAtom(done.label, done.words, lastEntity, done.objects);
        } else {
            notes.add(new WordNote(
                    done.words,
                    CoverReason.DESCRIPTION,
                    String.join(" ", done.words.stream().map(tokens::get).toList())));
        }
    }

    private void relationAtom(String label, List<Integer> words, Draft subject, List<Draft> objects) {
        Draft draft = add(AtomKind.RELATION, "spatial", subject.subject, label, subject.noun, words);
        draft.parents.add(subject.id);
        objects.forEach(o -> draft.parents.add(o.id));
        draft.object = objects.isEmpty() ? null : objects.get(0).subject;
        List<String> objectNouns = objects.stream().map(o -> o.noun).toList();
        draft.question = Questions.relation(subject.noun, label, objectNouns);
    }
}
