package dev.plantain.planner;

import dev.plantain.planner.parse.PromptNotes;
import dev.plantain.planner.parse.PromptParser;
import dev.plantain.planner.parse.SceneWords;
import dev.plantain.planner.words.WordNet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which nouns of a prompt the built-in planner could not map to art: the head nouns of its noun phrases that found
 * none, the words it would have drawn as entities. Modifiers it cannot depict ("crunchy"), words after a head ("sat"),
 * relation words and colour, shape or texture words are not nouns to cover and are never counted. Thread-safe.
 */
public final class NounCoverage {

    private final RuleBasedPlanner planner;

    public NounCoverage(RuleBasedPlanner planner) {
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /**
     * A prompt's nouns without art, as written, in prompt order.
     *
     * @param drawn the heads of phrases the planner would draw as entities
     * @param noted the heads of descriptions after a linking verb ("were the objects of attention") and of purposes
     *     after "for" ("for the dinner party"), which the planner notes and does not draw
     */
    public record Missing(List<String> drawn, List<String> noted) {}

    /** The nouns without art, as written, in prompt order; empty when every entity the prompt names has art. */
    public List<String> nounsWithoutArt(String prompt, long seed) {
        return missing(prompt, seed).drawn();
    }

    /** Both kinds of noun without art in a prompt. */
    public Missing missing(String prompt, long seed) {
        PromptNotes notes = PromptParser.parse(prompt, planner.lexicon(), seed).notes();
        return new Missing(List.copyOf(notes.nounsWithoutArt), List.copyOf(notes.notedWithoutArt));
    }

    /**
     * The head of a noun phrase without art: its last word that WordNet knows as a noun (not also as an adjective, not a
     * verb's -ing form), or does not know at all; shape, material and texture words are never heads.
     */
    public static Optional<String> headNoun(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (SceneWords.attribute(word) == null && isNounOrUnknown(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private static boolean isNounOrUnknown(String word) {
        return !WordNet.isKnown(word)
                || WordNet.isNoun(word) && !WordNet.isAdjective(word) && !WordNet.isVerbForm(word);
    }
}
