package dev.plantain.planner.parse;

import dev.plantain.planner.art.Lexicon;
import dev.plantain.planner.words.Inflection;
import dev.plantain.planner.words.WordNet;
import java.util.List;
import java.util.Optional;

/**
 * The stand-in rule ({@link dev.plantain.planner.graph.StandIns}) for art found by meaning: the art depicts the noun
 * when the thing it is named for is the noun, a kind the noun belongs to (a sedan drawn as a car) or a kind of the
 * noun (a flower drawn as a tulip); art of a sibling (a walnut drawn as a chestnut, both nuts) shows another thing.
 */
final class Depiction {

    private Depiction() {}

    /** What the art shows instead of the noun, when it is a sibling's; empty when it depicts the noun. */
    static Optional<String> sibling(String noun, Lexicon.Match match) {
        String written = noun.replace(' ', '-');
        List<String> singulars = Inflection.singulars(written);
        String singular = singulars.isEmpty() ? written : singulars.get(singulars.size() - 1);
        String concept = match.concept().replace(' ', '-');
        if (concept.equals(written) || concept.equals(singular)) {
            return Optional.empty();
        }
        String named = match.artId().substring(match.artId().indexOf(':') + 1);
        String art = GENERIC.getOrDefault(named, named);
        if (art.equals(concept) || !WordNet.isNoun(art) || !WordNet.isNoun(singular)) {
            return Optional.empty();
        }
        boolean related = art.equals(singular)
                || WordNet.hypernyms(singular).contains(art)
                || WordNet.hypernyms(art).contains(singular);
        return related ? Optional.empty() : Optional.of("a " + named.replace('-', ' '));
    }

    /** Art whose name says more than its picture shows: the plain thing it depicts ("closed-book" is any book). */
    private static final java.util.Map<String, String> GENERIC = java.util.Map.of(
            "closed-book", "book",
            "running-shoe", "shoe",
            "birthday-cake", "cake",
            "beer-mug", "beer",
            "gem-stone", "gem");
}
