package dev.plantain.planner;

import dev.plantain.plan.EntitySize;
import dev.plantain.plan.RelationKind;
import dev.plantain.planner.ParsedPrompt.ParsedEntity;
import dev.plantain.planner.ParsedPrompt.ParsedRelation;
import dev.plantain.planner.ParsedPrompt.ParsedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses an English prompt into entities, relations and texts: a noun phrase is an optional count, colour and
 * size, then content words whose last noun is the head; a relation binds the phrase before it to the phrase after.
 * Not thread-safe: one parser per prompt.
 */
final class PromptParser {

    static final int MAX_COUNT = 20;
    private static final int MAX_NOUN_WORDS = 3;
    private static final int UNRESOLVED = -1;
    private static final int PLURAL_COUNT = 3;
    private static final String DEFAULT_CARRIER = "sign";

    private final Lexicon lexicon;
    private final List<ParsedEntity> entities = new ArrayList<>();
    private final List<ParsedRelation> relations = new ArrayList<>();
    private final List<ParsedText> texts = new ArrayList<>();
    private final List<String> unrenderable = new ArrayList<>();

    private Integer count;
    private String countWord;
    private String color;
    private EntitySize size;
    private final List<String> words = new ArrayList<>();
    private int lastPhrase = UNRESOLVED;
    private Unit pendingRelation;
    private int relationSubject;
    private String carrier = DEFAULT_CARRIER;

    private PromptParser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static ParsedPrompt parse(String prompt, Lexicon lexicon) {
        PromptParser parser = new PromptParser(lexicon);
        for (Unit unit : Segmenter.segment(prompt)) {
            parser.accept(unit);
        }
        parser.closePhrase();
        if (parser.pendingRelation != null) {
            parser.unrenderable.add(parser.pendingRelation.text());
        }
        return new ParsedPrompt(parser.entities, parser.relations, parser.texts, parser.unrenderable);
    }

    private void accept(Unit unit) {
        switch (unit.kind()) {
            case COUNT -> {
                closePhrase();
                count = unit.count();
                countWord = unit.text();
            }
            case COLOR -> {
                closePhrase();
                color = unit.color();
            }
            case SIZE -> {
                closePhrase();
                size = unit.size();
            }
            case CONTENT -> words.add(unit.text());
            case BREAK -> closePhrase();
            case RELATION -> {
                closePhrase();
                if (pendingRelation != null) {
                    unrenderable.add(pendingRelation.text());
                }
                pendingRelation = unit;
                relationSubject = lastPhrase;
            }
            case CARRIER -> {
                closePhrase();
                clearAttributes();
                carrier = unit.text();
            }
            case QUOTE -> {
                closePhrase();
                if (!unit.text().isEmpty()) {
                    texts.add(new ParsedText(unit.text(), carrier));
                }
                clearAttributes();
                carrier = DEFAULT_CARRIER;
            }
        }
    }

    private void closePhrase() {
        if (words.isEmpty()) {
            return;
        }
        int head = resolveHead();
        lastPhrase = head;
        if (pendingRelation != null) {
            if (relationSubject >= 0 && head >= 0) {
                relations.add(new ParsedRelation(relationSubject, pendingRelation.relation(), head));
            } else {
                unrenderable.add(pendingRelation.text());
            }
            pendingRelation = null;
        }
        words.clear();
        clearAttributes();
    }

    /**
     * Resolves the phrase's head noun: the last words that name art. Words before it are modifiers and words after
     * it are unknown; neither can be depicted, so both are listed as unrenderable.
     */
    private int resolveHead() {
        for (int end = words.size(); end >= 1; end--) {
            for (int length = Math.min(MAX_NOUN_WORDS, end); length >= 1; length--) {
                List<String> noun = words.subList(end - length, end);
                Optional<Lexicon.Match> match = lexicon.resolve(noun, count != null && count > 1);
                if (match.isPresent()) {
                    unrenderable.addAll(words.subList(0, end - length));
                    if (end < words.size()) {
                        unrenderable.add(String.join(" ", words.subList(end, words.size())));
                    }
                    return addEntity(String.join(" ", noun), match.get());
                }
            }
        }
        String written = String.join(" ", words);
        checkCount(written);
        unrenderable.add(written);
        return UNRESOLVED;
    }

    private int addEntity(String noun, Lexicon.Match match) {
        checkCount(noun);
        int n = count != null ? count : match.plural() ? PLURAL_COUNT : 1;
        if (n < 1) {
            unrenderable.add(countWord + " " + noun);
            return UNRESOLVED;
        }
        entities.add(new ParsedEntity(noun, match.concept(), match.artId(), n, color,
                size == null ? EntitySize.MEDIUM : size));
        return entities.size() - 1;
    }

    private void checkCount(String noun) {
        if (count != null && count > MAX_COUNT) {
            throw new IllegalArgumentException(
                    "count " + count + " for '" + noun + "' is over the limit of " + MAX_COUNT);
        }
    }

    private void clearAttributes() {
        count = null;
        countWord = null;
        color = null;
        size = null;
    }
}
