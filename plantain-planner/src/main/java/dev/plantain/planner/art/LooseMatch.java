package dev.plantain.planner.art;

import dev.plantain.art.EmojiNames;
import dev.plantain.planner.words.WordNet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether art whose name ends with a noun ({@code kitchen-knife} for "knife") depicts that noun: not when the art is a
 * figure or a symbol ("sign" is no ATM sign, "hand" no OK hand), not for a verb's -ing form ("walking"), and only when
 * the art's name is a kind of the noun in WordNet ("test tube" is a tube, a traffic light is no light) or, for a name
 * WordNet does not know, when every word before the noun is an adjective ("hot pepper", not "honey pot").
 */
final class LooseMatch {

    /** Emoji groups of figures and symbols (smileys and emotion, people and body, symbols): never a thing by a suffix. */
    private static final Set<Integer> FIGURES_AND_SYMBOLS = Set.of(0, 1, 8);

    private LooseMatch() {}

    /** Whether the art {@code id}, whose name ends with the words of {@code key}, depicts the noun {@code key}. */
    static boolean depictsSuffix(String id, String key) {
        if (!isThing(id) || WordNet.isVerbForm(key)) {
            return false;
        }
        List<String> modifiers =
                Arrays.asList(id.substring(0, id.length() - key.length() - 1).split("-"));
        for (int from = 0; from < modifiers.size(); from++) {
            String compound = String.join("-", modifiers.subList(from, modifiers.size())) + "-" + key;
            if (WordNet.isNoun(compound)) {
                return WordNet.hypernyms(compound).contains(key);
            }
        }
        return modifiers.stream().allMatch(WordNet::isAdjective);
    }

    /** Whether the art is a thing, not a figure or a symbol. */
    static boolean isThing(String id) {
        return !FIGURES_AND_SYMBOLS.contains(EmojiNames.english().group(id));
    }
}
