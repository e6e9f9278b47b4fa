package dev.plantain.planner.art;

import dev.plantain.art.EmojiNames;
import dev.plantain.planner.art.Lexicon.Match;
import dev.plantain.planner.words.Inflection;
import dev.plantain.planner.words.WordNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art for a head noun the direct lookup missed, by what the noun means: its emoji CLDR name, then its nearest WordNet
 * hypernym with art of its own ("sedan" is drawn as a car; a stand-in such as the microwave's radio is never reached
 * this way), then a silhouette icon chosen for the noun itself ({@link Silhouettes}; a torch is no flashlight), then an
 * emoji keyword whose emoji is a kind of the noun ("bee" tags the honeybee), and only then a silhouette of a hypernym.
 * The concept is the word the art was found under.
 */
final class MeaningLookup {

    private MeaningLookup() {}

    static Optional<Match> resolve(Lexicon lexicon, List<String> words, boolean many) {
        String written = String.join("-", words);
        String last = words.get(words.size() - 1);
        String prefix = written.substring(0, written.length() - last.length());
        List<String> keys = new ArrayList<>();
        for (String singular : Inflection.singulars(last)) {
            keys.add(prefix + singular);
        }
        keys.add(written);
        for (String key : keys) {
            Optional<String> named = EmojiNames.english().byName(key).filter(lexicon::hasArt);
            if (named.isPresent()) {
                return Optional.of(new Match(key.replace('-', ' '), named.get(), !key.equals(written)));
            }
        }
        for (String key : keys) {
            for (String hypernym : WordNet.hypernyms(key)) {
                Optional<Match> match = lexicon.strict(hypernym, false, false);
                if (match.isPresent()) {
                    return Optional.of(
                            new Match(match.get().concept(), match.get().artId(), !key.equals(written)));
                }
            }
        }
        Optional<Match> own = Silhouettes.byName(keys, written);
        if (own.isPresent()) {
            return own;
        }
        for (String key : keys) {
            Optional<String> tagged = EmojiNames.english().byKeyword(key).stream()
                    .filter(id -> lexicon.hasArt(id)
                            && !lexicon.isToneVariant(id)
                            && LooseMatch.isThing(id)
                            && depicts(id, key))
                    .findFirst();
            if (tagged.isPresent()) {
                return Optional.of(new Match(key.replace('-', ' '), tagged.get(), !key.equals(written)));
            }
        }
        return Silhouettes.resolve(keys, written);
    }

    /**
     * Whether an emoji tagged with a keyword shows one: for a word WordNet knows, the emoji's name must be a kind of
     * it ("honeybee" is a bee), since keywords also name associations ("rhythm" tags a drum, "zoo" a tiger).
     */
    private static boolean depicts(String id, String keyword) {
        if (!WordNet.isKnown(keyword)) {
            return true;
        }
        String last = id.substring(id.lastIndexOf('-') + 1);
        return WordNet.hypernyms(id).contains(keyword)
                || WordNet.hypernyms(last).contains(keyword);
    }
}
