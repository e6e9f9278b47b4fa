package dev.plantain.planner;

import dev.plantain.plan.EntitySize;
import dev.plantain.planner.ParsedPrompt.ParsedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The noun phrase being read: its count, colour, size, negation and words; closing it adds an entity, an exclusion
 * or unrenderable words. Modifiers naming a shape, material or texture are noted as not depicted. Not thread-safe.
 */
final class NounPhrase {

    static final int UNRESOLVED = -1;
    private static final int PLURAL_COUNT = 3;

    Integer count;
    String countWord;
    String color;
    EntitySize size;
    boolean negated;
    final List<String> words = new ArrayList<>();

    /** Resolves the phrase into {@code entities} (returning the new index) or the lists, then clears it. */
    int close(Lexicon lexicon, List<ParsedEntity> entities, List<String> unrenderable, PromptNotes notes) {
        int head = resolve(lexicon, entities, unrenderable, notes);
        words.clear();
        clear();
        return head;
    }

    void clear() {
        count = null;
        countWord = null;
        color = null;
        size = null;
        negated = false;
    }

    private int resolve(Lexicon lexicon, List<ParsedEntity> entities, List<String> unrenderable, PromptNotes notes) {
        Optional<HeadFinder.Head> found = HeadFinder.find(words, count != null && count > 1, lexicon);
        String written = String.join(" ", words);
        if (found.isEmpty()) {
            checkCount(written);
            if (negated) {
                notes.excluded.add(written);
            } else {
                unrenderable.add(noteAttributes(words, written, notes));
            }
            return UNRESOLVED;
        }
        HeadFinder.Head head = found.get();
        if (negated) {
            PromptNotes.addOnce(notes.excluded, head.match().concept());
            return UNRESOLVED;
        }
        for (String modifier : words.subList(0, head.start())) {
            String attribute = SceneWords.attribute(modifier);
            if (attribute != null) {
                notes.notDepicted.add(modifier + " " + head.noun() + ": " + attribute + " not depicted");
            } else if (WordNet.isNoun(modifier) && !WordNet.isAdjective(modifier)) {
                notes.notDepicted.add(modifier + " " + head.noun() + ": drawn as " + head.noun());
            } else {
                unrenderable.add(modifier);
            }
        }
        if (head.end() < words.size()) {
            unrenderable.add(String.join(" ", words.subList(head.end(), words.size())));
        }
        checkCount(head.noun());
        int n = count != null ? count : head.match().plural() ? PLURAL_COUNT : 1;
        if (n < 1) {
            unrenderable.add(countWord + " " + head.noun());
            return UNRESOLVED;
        }
        int[] range = countWord == null ? null : SceneWords.VAGUE.get(countWord);
        if (range != null && range[0] != range[1]) {
            notes.choices.add(
                    countWord + " " + head.noun() + ": " + n + " (seeded choice in " + range[0] + "-" + range[1] + ")");
        }
        Lexicon.Match match = head.match();
        entities.add(new ParsedEntity(
                head.noun(), match.concept(), match.artId(), n, color, size == null ? EntitySize.MEDIUM : size));
        return entities.size() - 1;
    }

    /** Notes the shape, material and texture words of a phrase without art; returns the words left unrenderable. */
    private static String noteAttributes(List<String> words, String written, PromptNotes notes) {
        List<String> rest = new ArrayList<>();
        for (String word : words) {
            String attribute = SceneWords.attribute(word);
            if (attribute == null) {
                rest.add(word);
            } else {
                notes.notDepicted.add(word + " (in \"" + written + "\"): " + attribute + " not depicted");
            }
        }
        return rest.isEmpty() ? written : String.join(" ", rest);
    }

    private void checkCount(String noun) {
        if (count != null && count > PromptParser.MAX_COUNT) {
            throw new IllegalArgumentException(
                    "count " + count + " for '" + noun + "' is over the limit of " + PromptParser.MAX_COUNT);
        }
    }
}
