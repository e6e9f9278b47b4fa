package dev.plantain.planner.art;

import dev.plantain.art.ArtLibrary;
import dev.plantain.planner.art.Lexicon.Match;
import dev.plantain.planner.words.WordNet;
import java.util.List;
import java.util.Optional;

/**
 * The fallback art for nouns no emoji depicts: single-colour silhouette icons (Material Design Icons, Game Icons)
 * chosen by hand where the icon truly shows the thing, reached by the noun itself, its WordNet synonyms, or its nearest
 * WordNet hypernym listed here ("a nightstand" is drawn as a table). The art ids are qualified ({@code mdi:desk}), so
 * the draft, the verifier and the refiner draw the same silhouette.
 */
public final class Silhouettes {

    private Silhouettes() {}

    /** The silhouette of a noun given as singular keys, nearest first: the keys themselves, then their meanings. */
    static Optional<Match> resolve(List<String> keys, String written) {
        return byName(keys, written).or(() -> byHypernym(keys, written));
    }

    /** The silhouette named by one of the keys itself, nearest first. */
    static Optional<Match> byName(List<String> keys, String written) {
        for (String key : keys) {
            Optional<String> art = artId(key);
            if (art.isPresent()) {
                return Optional.of(new Match(key.replace('-', ' '), art.get(), !key.equals(written)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> byHypernym(List<String> keys, String written) {
        for (String key : keys) {
            for (String meaning : WordNet.hypernyms(key)) {
                Optional<String> art =
                        SilhouetteIcons.BY_NAME_ONLY.contains(meaning) ? Optional.empty() : artId(meaning);
                if (art.isPresent()) {
                    return Optional.of(new Match(meaning.replace('-', ' '), art.get(), !key.equals(written)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the art is a silhouette drawn only for its own noun, so that a noun before it making another thing
     * ("pine cone", "street sign") must not be drawn with it.
     */
    public static boolean isByNameOnly(String artId) {
        return SilhouetteIcons.BY_NAME_ONLY.stream()
                .anyMatch(key -> artId(key).filter(artId::equals).isPresent());
    }

    /**
     * The qualified art id for a key: Plantain's own drawing named by it, else the silhouette chosen for it, when the
     * icon set has that icon.
     */
    public static Optional<String> artId(String key) {
        return qualified(ArtLibrary.PLANTAIN, SilhouetteIcons.DRAWN.getOrDefault(key, key))
                .or(() -> qualified(ArtLibrary.MDI, SilhouetteIcons.MDI.get(key)))
                .or(() -> qualified(ArtLibrary.GAME_ICONS, SilhouetteIcons.GAME_ICONS.get(key)));
    }

    private static Optional<String> qualified(String set, String icon) {
        return icon != null && ArtLibrary.set(set).has(icon)
                ? Optional.of(ArtLibrary.qualified(set, icon))
                : Optional.empty();
    }
}
