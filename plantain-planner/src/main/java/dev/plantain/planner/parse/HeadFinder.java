package dev.plantain.planner.parse;

import dev.plantain.plan.Palette;
import dev.plantain.planner.art.ArtSynonyms;
import dev.plantain.planner.art.Lexicon;
import dev.plantain.planner.art.Silhouettes;
import dev.plantain.planner.words.Inflection;
import dev.plantain.planner.words.WordNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a noun phrase's head: the last words that name art. The phrase's last words are looked up directly and
 * then by meaning (emoji names, WordNet, keywords); only then do earlier words get a direct lookup, so a modifier
 * ("a metal sedan") never wins over an unusual head noun, and a shape, material or texture word before an unknown noun
 * is never taken for the thing ("a square napkin" is no red square). An earlier noun is looked up by meaning only
 * before a word that cannot be a noun ("four stools provided seating"). A silhouette named by several words as a whole
 * ("watering can") wins over the art of their last word.
 */
final class HeadFinder {

    private static final int MAX_NOUN_WORDS = 3;

    /** The head's words are {@code words[start, end)}. */
    record Head(int start, int end, String noun, Lexicon.Match match) {}

    private HeadFinder() {}

    static Optional<Head> find(List<String> words, boolean many, Lexicon lexicon) {
        int last = words.size();
        Optional<Head> head = atEnd(words, last, many, lexicon, false);
        if (head.isEmpty()) {
            head = atEnd(words, last, many, lexicon, true);
        }
        for (int end = last - 1; head.isEmpty() && end >= 1; end--) {
            head = atEnd(words, end, many, lexicon, false);
        }
        for (int end = last - 1; head.isEmpty() && end >= 1; end--) {
            if (isNoNoun(words.get(end)) && isPlainNoun(words.get(end - 1))) {
                head = atEnd(words, end, many, lexicon, true);
            }
        }
        return head;
    }

    /**
     * Whether a word after a candidate head cannot be a noun the head modifies ("desk provide light", "stool
     * completed"), so the head may be found by meaning; before a noun ("teardrop plum") it stays a modifier.
     */
    private static boolean isNoNoun(String word) {
        return WordNet.isKnown(word) && !WordNet.hasNounForm(word) && SceneWords.attribute(word) == null;
    }

    private static boolean isPlainNoun(String word) {
        return WordNet.isNoun(word)
                && !WordNet.isAdjective(word)
                && !WordNet.isVerbForm(word)
                && !WordNet.isPastForm(word);
    }

    /** A colour word left over ("black and white tiles") names no thing unless it is a fruit ("an orange"). */
    private static boolean isBareColour(String word, Lexicon lexicon) {
        return Palette.find(word).isPresent() && !ArtSynonyms.TABLE.containsKey(word) && !lexicon.hasArt(word);
    }

    /**
     * Whether the noun before the head makes it another thing than the art found for the head alone: a silhouette of
     * a shape after any noun ("pine cone" is no cone), art found by meaning after a noun it makes a WordNet compound with
     * ("washing machine" is no slot machine).
     */
    private static boolean namesAnotherThing(
            List<String> words, int start, int end, Lexicon.Match match, boolean meaning) {
        if (start == 0) {
            return false;
        }
        String before = words.get(start - 1);
        boolean noun = SceneWords.attribute(before) == null && WordNet.isNoun(before) && !WordNet.isAdjective(before);
        String compound = String.join("-", words.subList(start - 1, end));
        return noun && Silhouettes.isByNameOnly(match.artId())
                || meaning
                        && WordNet.isNoun(compound)
                        && !WordNet.hypernyms(compound).contains(String.join("-", words.subList(start, end)));
    }

    /**
     * The silhouette named by a noun of several words as a whole ("watering can"), which wins over the art of its last
     * word alone (canned food).
     */
    private static Optional<Lexicon.Match> wholeSilhouette(List<String> noun) {
        if (noun.size() < 2) {
            return Optional.empty();
        }
        String written = String.join("-", noun);
        String last = noun.get(noun.size() - 1);
        String prefix = written.substring(0, written.length() - last.length());
        List<String> forms = new ArrayList<>(List.of(last));
        forms.addAll(Inflection.singulars(last));
        for (String singular : forms) {
            Optional<String> art = Silhouettes.artId(prefix + singular);
            if (art.isPresent()) {
                return Optional.of(
                        new Lexicon.Match((prefix + singular).replace('-', ' '), art.get(), !singular.equals(last)));
            }
        }
        return Optional.empty();
    }

    /** Widens the head over words that WordNet joins to it as one noun ("school bus", "water bottle"). */
    private static Head compound(List<String> words, int start, int end, Lexicon.Match match) {
        int from = start;
        while (from > 0 && WordNet.isNoun(String.join("-", words.subList(from - 1, end)))) {
            from--;
        }
        return new Head(from, end, String.join(" ", words.subList(from, end)), match);
    }

    private static Optional<Head> atEnd(List<String> words, int end, boolean many, Lexicon lexicon, boolean meaning) {
        for (int length = Math.min(MAX_NOUN_WORDS, end); length >= 1; length--) {
            List<String> noun = words.subList(end - length, end);
            if (length == 1 && isBareColour(noun.get(0), lexicon)
                    || length == 1 && meaning && WordNet.isVerbForm(noun.get(0))
                    || length == 1 && end < words.size() && SceneWords.attribute(noun.get(0)) != null) {
                continue;
            }
            Optional<Lexicon.Match> match = meaning
                    ? lexicon.resolveByMeaning(noun, many)
                    : wholeSilhouette(noun).or(() -> lexicon.resolve(noun, many));
            if (match.isPresent() && namesAnotherThing(words, end - length, end, match.get(), meaning)) {
                return Optional.empty();
            }
            if (match.isPresent()) {
                return Optional.of(compound(words, end - length, end, match.get()));
            }
        }
        return Optional.empty();
    }
}
