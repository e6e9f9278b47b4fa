package dev.plantain.planner;

import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Which nouns of a prompt a plan could not map to art: the words of its {@code unrenderable} list that WordNet knows
 * as nouns and not as adjectives, and words WordNet does not know at all (counted as nouns, to stay on the safe side).
 */
public final class NounCoverage {

    private NounCoverage() {}

    /** The nouns without art, as written; empty when every noun of the prompt is drawn or excluded on purpose. */
    public static List<String> nounsWithoutArt(ScenePlan plan) {
        List<String> nouns = new ArrayList<>();
        for (String phrase : plan.unrenderable()) {
            for (String word : phrase.split(" ")) {
                if (!word.isBlank()
                        && !Vocabulary.isStop(word)
                        && Vocabulary.RELATIONS.stream()
                                .noneMatch(r -> r.words().contains(word))
                        && isNounOrUnknown(word)) {
                    nouns.add(word);
                }
            }
        }
        return nouns;
    }

    /** A word WordNet knows as an adjective too ("black", "empty") is read as one; unknown words count as nouns. */
    private static boolean isNounOrUnknown(String word) {
        return WordNet.isNoun(word) && !WordNet.isAdjective(word) || !WordNet.isKnown(word);
    }
}
