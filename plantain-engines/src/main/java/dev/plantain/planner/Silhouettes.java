package dev.plantain.planner;

import dev.plantain.art.ArtLibrary;
import dev.plantain.planner.Lexicon.Match;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fallback art for nouns no emoji depicts: single-colour silhouette icons (Material Design Icons, Game Icons)
 * chosen by hand where the icon truly shows the thing, reached by the noun itself, its WordNet synonyms, or its nearest
 * WordNet hypernym listed here ("a nightstand" is drawn as a table). The art ids are qualified ({@code mdi:desk}), so
 * the draft, the verifier and the refiner draw the same silhouette.
 */
final class Silhouettes {

    /** Keys are hyphen-joined singular nouns; values are icon ids of the named set. */
    private static final Map<String, String> MDI = Map.ofEntries(
            Map.entry("desk", "desk"),
            Map.entry("table", "table-furniture"),
            Map.entry("stool", "stool"),
            Map.entry("rug", "rug"),
            Map.entry("curtain", "curtains"),
            Map.entry("cupboard", "cupboard"),
            Map.entry("cabinet", "cupboard"),
            Map.entry("dresser", "dresser"),
            Map.entry("wardrobe", "wardrobe"),
            Map.entry("shelf", "bookshelf"),
            Map.entry("faucet", "faucet"),
            Map.entry("eraser", "eraser"),
            Map.entry("highlighter", "highlighter"),
            Map.entry("tire", "tire"),
            Map.entry("lotion", "lotion"),
            Map.entry("kettle", "kettle"),
            Map.entry("knob", "knob"),
            Map.entry("pipette", "pipette"),
            Map.entry("barrel", "barrel"),
            Map.entry("fence", "fence"),
            Map.entry("grill", "grill"),
            Map.entry("muffin", "muffin"),
            Map.entry("hanger", "hanger"),
            Map.entry("mirror", "mirror"),
            Map.entry("lighthouse", "lighthouse"),
            Map.entry("aquarium", "aquarium"),
            Map.entry("calculator", "calculator"),
            Map.entry("cube", "cube"),
            Map.entry("cylinder", "cylinder"),
            Map.entry("cone", "cone"),
            Map.entry("pyramid", "pyramid"),
            Map.entry("sphere", "sphere"),
            Map.entry("hexagon", "hexagon"),
            Map.entry("pentagon", "pentagon"),
            Map.entry("rectangle", "rectangle"),
            Map.entry("octagon", "octagon"),
            Map.entry("ellipse", "ellipse"),
            Map.entry("oval", "ellipse"),
            Map.entry("sign", "sign-text"),
            Map.entry("signboard", "sign-text"),
            Map.entry("yield-sign", "sign-yield"),
            Map.entry("caution-sign", "sign-caution"),
            Map.entry("road-sign", "sign-direction"),
            Map.entry("street-sign", "sign-direction"),
            Map.entry("traffic-sign", "sign-direction"),
            Map.entry("signpost", "sign-direction"),
            Map.entry("traffic-cone", "traffic-cone"),
            Map.entry("sugar-cube", "sugar-cube"),
            Map.entry("ceiling-light", "ceiling-light"),
            Map.entry("roof", "house-roof"),
            Map.entry("nightstand", "table-furniture"),
            Map.entry("screw", "screw-round-top"),
            Map.entry("watering-can", "watering-can"),
            Map.entry("watering-pot", "watering-can"),
            Map.entry("showerhead", "shower-head"),
            Map.entry("shower-head", "shower-head"),
            Map.entry("ornament", "ornament"),
            Map.entry("christmas-ornament", "ornament"),
            Map.entry("checkerboard", "checkerboard"),
            Map.entry("stamp", "postage-stamp"),
            Map.entry("postage-stamp", "postage-stamp"));

    private static final Map<String, String> GAME_ICONS = Map.ofEntries(
            Map.entry("pillow", "pillow"),
            Map.entry("towel", "towel"),
            Map.entry("blanket", "blanket"),
            Map.entry("belt", "belt"),
            Map.entry("acorn", "acorn"),
            Map.entry("whisk", "whisk"),
            Map.entry("ladle", "ladle"),
            Map.entry("stapler", "stapler"),
            Map.entry("candlestick", "candle-holder"),
            Map.entry("candle-holder", "candle-holder"),
            Map.entry("tiara", "tiara"),
            Map.entry("obelisk", "obelisk"),
            Map.entry("column", "ionic-column"),
            Map.entry("crate", "wooden-crate"),
            Map.entry("block", "stone-block"),
            Map.entry("birdhouse", "bird-house"),
            Map.entry("plum", "plum"),
            Map.entry("sail", "sail"),
            Map.entry("skirt", "skirt"),
            Map.entry("zipper", "zipper"),
            Map.entry("button", "shirt-button"),
            Map.entry("prism", "prism"),
            Map.entry("tower", "stone-tower"),
            Map.entry("paw", "paw"),
            Map.entry("cushion", "pillow"),
            Map.entry("river", "river"));

    /**
     * Keys drawn only for the noun itself, never for a noun they are a hypernym of: a hedge is no fence, a pine cone no
     * geometric cone.
     */
    private static final Set<String> BY_NAME_ONLY = Set.of(
            "fence",
            "cube",
            "cylinder",
            "cone",
            "pyramid",
            "sphere",
            "hexagon",
            "pentagon",
            "rectangle",
            "column",
            "obelisk",
            "barrel",
            "mirror",
            "knob",
            "grill",
            "aquarium",
            "roof",
            "ornament",
            "stamp",
            "block",
            "button",
            "prism",
            "tower",
            "paw",
            "skirt",
            "screw",
            "river");

    private Silhouettes() {}

    /** The silhouette of a noun given as singular keys, nearest first: the keys themselves, then their meanings. */
    static Optional<Match> resolve(List<String> keys, String written) {
        for (String key : keys) {
            Optional<String> art = artId(key);
            if (art.isPresent()) {
                return Optional.of(new Match(key.replace('-', ' '), art.get(), !key.equals(written)));
            }
        }
        for (String key : keys) {
            for (String meaning : WordNet.hypernyms(key)) {
                Optional<String> art = BY_NAME_ONLY.contains(meaning) ? Optional.empty() : artId(meaning);
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
    static boolean isByNameOnly(String artId) {
        return BY_NAME_ONLY.stream()
                .anyMatch(key -> artId(key).filter(artId::equals).isPresent());
    }

    /** The qualified art id for a key, when the fetched icon set has that icon. */
    static Optional<String> artId(String key) {
        return qualified(ArtLibrary.MDI, MDI.get(key)).or(() -> qualified(ArtLibrary.GAME_ICONS, GAME_ICONS.get(key)));
    }

    private static Optional<String> qualified(String set, String icon) {
        return icon != null && ArtLibrary.set(set).has(icon)
                ? Optional.of(ArtLibrary.qualified(set, icon))
                : Optional.empty();
    }
}
