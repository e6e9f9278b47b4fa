package dev.plantain.planner.parse;

import dev.plantain.planner.NounCoverage;
import dev.plantain.planner.art.Lexicon;
import dev.plantain.planner.graph.SceneGraphBuilder;
import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import dev.plantain.planner.parse.ParsedPrompt.ParsedRelation;
import dev.plantain.planner.parse.ParsedPrompt.ParsedText;
import dev.plantain.planner.words.WordNetClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Parses an English prompt into entities, relations, texts and notes: a noun phrase is an optional count, colour and
 * size, then content words whose last noun is the head; a relation binds the phrase before it to the phrase after
 * ("between" to the two after); settings, styles, sides, negations and late colours are read around them. A phrase
 * naming a place becomes the setting and leaves the phrase before it as the subject of what follows ("a man in a
 * kitchen next to a dog": the man is next to the dog). Not thread-safe: one parser per prompt.
 */
public final class PromptParser {

    static final int MAX_COUNT = 20;
    private static final String DEFAULT_CARRIER = "sign";

    private final Lexicon lexicon;
    private final SplittableRandom random;
    private final List<ParsedEntity> entities = new ArrayList<>();
    private final List<ParsedRelation> relations = new ArrayList<>();
    private final List<ParsedText> texts = new ArrayList<>();
    private final List<String> unrenderable = new ArrayList<>();
    private final PromptNotes notes = new PromptNotes();
    private final Sides sides = new Sides();
    private final RelationBinder binder = new RelationBinder(entities, relations, notes);
    private final SceneGraphBuilder graph;
    private final NounPhrase phrase;
    private final GraphUnits graphUnits;
    private int lastPhrase = NounPhrase.UNRESOLVED;
    private String carrier = DEFAULT_CARRIER;
    private boolean carrierNamed;
    private List<Integer> carrierTokens = List.of();

    private PromptParser(Lexicon lexicon, long seed, List<Token> tokens) {
        this.lexicon = lexicon;
        this.random = new SplittableRandom(seed);
        this.graph = new SceneGraphBuilder(tokens.stream().map(Token::text).toList(), WordNetClasses.INSTANCE);
        this.phrase = new NounPhrase(graph);
        this.graphUnits = new GraphUnits(graph);
    }

    public static ParsedPrompt parse(String prompt, Lexicon lexicon, long seed) {
        List<Token> tokens = Token.split(prompt);
        PromptParser parser = new PromptParser(lexicon, seed, tokens);
        for (Unit unit : Segmenter.segment(tokens)) {
            parser.accept(unit);
        }
        parser.closePhrase();
        parser.binder.finish();
        parser.sides.addRelations(parser.entities, parser.relations, parser.notes);
        return new ParsedPrompt(
                parser.entities,
                parser.relations,
                parser.texts,
                parser.unrenderable,
                parser.notes,
                parser.graph.build());
    }

    private void accept(Unit unit) {
        if (unit.kind() == Unit.Kind.CONTENT) {
            phrase.words.add(unit.text());
            phrase.tokens.add(unit.start());
            return;
        }
        if (unit.kind() == Unit.Kind.PORTION) {
            phrase.portion = unit.text();
            phrase.portionTokens = unit.tokens();
            return;
        }
        closePhrase();
        switch (unit.kind()) {
            case COUNT, VAGUE -> {
                count(unit.kind() == Unit.Kind.COUNT ? unit.count() : choose(unit.text()), unit.text());
                phrase.countTokens = unit.tokens();
            }
            case COLOR -> {
                phrase.color = unit.color();
                phrase.colorTokens = unit.tokens();
            }
            case LATE_COLOR -> lateColor(unit);
            case SIZE -> {
                phrase.size = unit.size();
                phrase.sizeWord = unit.text();
                phrase.sizeTokens = unit.tokens();
            }
            case NEGATION -> {
                phrase.negated = true;
                phrase.negationTokens = unit.tokens();
            }
            case PRONOUN -> pronoun(unit);
            case DEFINITE -> phrase.definite = true;
            case PURPOSE -> phrase.purpose = true;
            // A stop word keeps a purpose open ("for his invention"); a punctuation mark ends it.
            case BREAK -> phrase.purpose &= Character.isLetter(unit.text().charAt(0));
            case PREDICATE -> {
                predicate(unit.text());
                graphUnits.predicate(unit);
            }
            case SETTING, STYLE -> {
                phrase.clear();
                PromptNotes.addOnce(unit.kind() == Unit.Kind.SETTING ? notes.settings : notes.styles, unit.text());
                graphUnits.scene(unit);
            }
            case SIDE -> {
                sides.mark(lastPhrase, unit.text());
                graphUnits.side(unit, lastPhrase);
            }
            case RELATION -> {
                binder.start(unit, lastPhrase);
                graph.relation(unit.relation().label(), unit.tokens());
            }
            case CARRIER -> {
                phrase.clear();
                carrier = unit.text();
                carrierNamed = true;
                carrierTokens = unit.tokens();
            }
            case QUOTE -> {
                if (!unit.text().isEmpty()) {
                    texts.add(text(unit.text()));
                    graphUnits.text(texts.size(), texts.get(texts.size() - 1), unit, carrierTokens);
                }
                phrase.clear();
                carrier = DEFAULT_CARRIER;
                carrierNamed = false;
                carrierTokens = List.of();
            }
            default -> {}
        }
    }

    /** The quote on the entity just before it when that entity's surface carries it, else on its own carrier. */
    private ParsedText text(String content) {
        String concept = lastPhrase >= 0 ? entities.get(lastPhrase).concept() : null;
        boolean carried = texts.stream().anyMatch(t -> t.entity() == lastPhrase);
        if (!carried && Carriers.onEntity(concept, carrier, carrierNamed)) {
            return new ParsedText(content, carrierNamed ? carrier : concept, lastPhrase);
        }
        return new ParsedText(content, carrier);
    }

    private void count(int count, String word) {
        phrase.count = count;
        phrase.countWord = word;
        phrase.definite = false;
    }

    /** A vague quantity becomes a seeded count in its range, recorded when the entity is added. */
    private int choose(String word) {
        int[] range = Partitives.range(word);
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }

    private void lateColor(Unit unit) {
        if (lastPhrase >= 0 && entities.get(lastPhrase).color() == null) {
            entities.set(lastPhrase, entities.get(lastPhrase).withColor(unit.color()));
        } else {
            unrenderable.add(unit.text());
        }
        graphUnits.lateColor(unit, lastPhrase);
    }

    /**
     * "two seagulls above it": the pronoun is the thing named before the relation's subject (for "it" one thing, for
     * "them" several), so the relation binds to it as to a noun.
     */
    private void pronoun(Unit unit) {
        int referent = NounPhrase.UNRESOLVED;
        boolean plural = unit.text().equals("them");
        for (int i = entities.size() - 1; i >= 0 && referent < 0; i--) {
            if (i != lastPhrase && (entities.get(i).count() > 1) == plural) {
                referent = i;
            }
        }
        if (referent < 0) {
            return;
        }
        graph.entity(referent, entities.get(referent).noun(), unit.tokens());
        lastPhrase = referent;
        sides.phraseClosed(referent);
        binder.phraseClosed(referent);
    }

    /**
     * A description after a linking verb is noted and drawn as nothing; what follows it ("in the museum") describes it,
     * so it is not bound to the thing before the verb.
     */
    private void predicate(String description) {
        phrase.clear();
        notes.notDepicted.add(description + ": describes what is named before it, not a thing of its own; not drawn");
        List<String> head = PredicatePhrase.headWords(description);
        if (!head.isEmpty() && HeadFinder.find(head, false, lexicon).isEmpty()) {
            NounCoverage.headNoun(head).ifPresent(notes.notedWithoutArt::add);
        }
        lastPhrase = NounPhrase.UNRESOLVED;
        sides.phraseClosed(lastPhrase);
        binder.phraseClosed(lastPhrase);
    }

    private void closePhrase() {
        if (phrase.words.isEmpty()) {
            return;
        }
        String written = String.join(" ", phrase.words);
        int head = phrase.close(lexicon, entities, unrenderable, notes);
        if (head == NounPhrase.SETTING) {
            binder.settingClosed(written);
            return;
        }
        graphUnits.phraseClosed(head);
        lastPhrase = head;
        sides.phraseClosed(head);
        binder.phraseClosed(head);
    }
}
