package dev.plantain.planner.art;

import dev.plantain.art.ArtLibrary;
import dev.plantain.planner.words.Inflection;
import dev.plantain.planner.words.WordNet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps English nouns to art ids: an explicit synonym table first, then the exact art name, then the singular
 * form, then the shortest art name that starts or ends with the noun as whole words where that art depicts the noun
 * ({@link LooseMatch}; skin-tone variants never);
 * failing those, {@link #resolveByMeaning} goes through emoji names, WordNet and emoji keywords.
 * Lookup tables are built once; lookups are cheap and thread-safe.
 */
public final class Lexicon {

    private static final List<String> SKIN_TONES =
            List.of("-medium-light", "-medium-dark", "-light", "-medium", "-dark");

    private final Set<String> ids;
    private final Map<String, String> byWords = new HashMap<>();
    private final Map<String, String> byFirstWords = new HashMap<>();

    /** A noun matched to art. */
    public record Match(String concept, String artId, boolean plural) {}

    public Lexicon(ArtLibrary art) {
        this.ids = Set.copyOf(art.ids());
        for (String id : art.ids()) {
            if (!isToneVariant(id)) {
                indexAffixes(id);
            }
        }
    }

    /**
     * Finds the art for a noun of one or more words, as written.
     *
     * @param words the noun's words, lower case ("teddy", "bears")
     * @param many whether the prompt counts more than one, so a plural reading comes first ("three books")
     */
    public Optional<Match> resolve(List<String> words, boolean many) {
        String written = String.join("-", words);
        String last = words.get(words.size() - 1);
        String prefix = written.substring(0, written.length() - last.length());
        List<String> singulars = Inflection.singulars(last);
        Optional<Match> strict = many ? Optional.empty() : strict(written, false);
        for (int i = 0; strict.isEmpty() && i < singulars.size(); i++) {
            strict = strict(prefix + singulars.get(i), true);
        }
        if (strict.isEmpty() && many) {
            strict = strict(written, false);
        }
        if (strict.isPresent()) {
            return strict;
        }
        Optional<Match> loose = loose(written, false);
        for (int i = 0; loose.isEmpty() && i < singulars.size(); i++) {
            loose = loose(prefix + singulars.get(i), true);
        }
        return loose;
    }

    /**
     * Finds art for a head noun the direct lookup missed, by what the noun means ({@link MeaningLookup}): its emoji
     * CLDR name, its nearest WordNet hypernym with art, or an emoji keyword whose emoji is a kind of the noun.
     */
    public Optional<Match> resolveByMeaning(List<String> words, boolean many) {
        return MeaningLookup.resolve(this, words, many);
    }

    /** Whether the art library has this id. */
    public boolean hasArt(String artId) {
        return ids.contains(artId);
    }

    private Optional<Match> strict(String key, boolean plural) {
        return strict(key, plural, true);
    }

    /** The art named by a key or its synonym; a stand-in synonym only when {@code standIns} allows it. */
    Optional<Match> strict(String key, boolean plural, boolean standIns) {
        String synonym = standIns || !ArtSynonyms.STAND_INS.contains(key) ? ArtSynonyms.TABLE.get(key) : null;
        if (synonym != null && ids.contains(synonym)) {
            return Optional.of(new Match(key.replace('-', ' '), synonym, plural));
        }
        if (ids.contains(key) && !isToneVariant(key)) {
            return Optional.of(new Match(key.replace('-', ' '), key, plural));
        }
        return Optional.empty();
    }

    /**
     * A loose match names the art's last words ("knife" in kitchen-knife), or its first words only for a word WordNet
     * does not know (a noun it knows there is a modifier: a kitchen is not a kitchen knife); either needs a noun:
     * "cooked" is not cooked rice, "empty" is not an empty nest.
     */
    private Optional<Match> loose(String key, boolean plural) {
        String id = byWords.get(key);
        if (id != null && !LooseMatch.depictsSuffix(id, key)) {
            return Optional.empty();
        }
        if (id == null && !WordNet.isKnown(key)) {
            id = byFirstWords.get(key);
        }
        if (id == null || WordNet.isKnown(key) && !WordNet.isNoun(key) || !LooseMatch.isThing(id)) {
            return Optional.empty();
        }
        return Optional.of(new Match(key.replace('-', ' '), id, plural));
    }

    private void indexAffixes(String id) {
        for (int dash = id.indexOf('-'); dash > 0; dash = id.indexOf('-', dash + 1)) {
            keepShortest(byFirstWords, id.substring(0, dash), id);
            keepShortest(byWords, id.substring(dash + 1), id);
        }
    }

    private static void keepShortest(Map<String, String> index, String words, String id) {
        index.merge(
                words,
                id,
                (old, candidate) -> candidate.length() < old.length()
                                || candidate.length() == old.length() && candidate.compareTo(old) < 0
                        ? candidate
                        : old);
    }

    boolean isToneVariant(String id) {
        for (String tone : SKIN_TONES) {
            if (id.endsWith(tone) && ids.contains(id.substring(0, id.length() - tone.length()))) {
                return true;
            }
        }
        return false;
    }
}
