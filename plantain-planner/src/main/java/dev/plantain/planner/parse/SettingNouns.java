package dev.plantain.planner.parse;

import dev.plantain.planner.words.Inflection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nouns that name a place or a surface rather than a thing ("a kitchen", "the floor", "a table top", "a street"): a
 * noun phrase headed by one becomes the plan's setting, under a setting label ({@link SceneWords}'s, and "table" for table
 * tops and counters), and is drawn as the background, never as an entity.
 */
final class SettingNouns {

    /** The longest place noun, in words ("dining room", "table top"). */
    private static final int MAX_WORDS = 2;

    /** Hyphen-joined singular nouns to setting labels. */
    private static final Map<String, String> PLACES = places(
            "indoors",
                    "room kitchen bathroom bedroom restroom living-room dining-room dining-area hallway hall corridor "
                            + "floor flooring ceiling wall tile classroom office studio gallery museum library ballroom "
                            + "foyer lobby pantry attic basement garage gym laboratory lab nook interior apartment "
                            + "restaurant cafe bakery shop store bathroom-floor kitchen-floor study suite exhibit "
                            + "exhibition class lesson",
            "table",
                    "table-top tabletop countertop counter-top counter kitchen-counter kitchen-island workbench "
                            + "windowsill window-sill sill mantle mantel mantelpiece",
            "city",
                    "street road sidewalk pavement curb alley alleyway cobblestone crosswalk downtown town avenue "
                            + "highway parking-lot driveway skyline",
            "beach", "beach shore seashore coast sand",
            "field", "field meadow lawn grass pasture grassland prairie savanna savannah countryside",
            "garden", "yard backyard park playground",
            "snow", "snow snowfield",
            "forest", "woods jungle woodland rainforest",
            "mountains", "hill hillside valley cliff canyon",
            "desert", "dune",
            "outdoors", "landscape trail");

    /** A place noun found at the end of a noun phrase: its words {@code [start, end)}, its noun and label. */
    record Place(int start, String noun, String label) {}

    private SettingNouns() {}

    /** The place the phrase's last words name ("white tile floor" names the floor), if they name one. */
    static Optional<Place> atEnd(List<String> words) {
        int end = words.size();
        for (int length = Math.min(MAX_WORDS, end); length >= 1; length--) {
            List<String> noun = words.subList(end - length, end);
            String last = noun.get(length - 1);
            String prefix = String.join("-", noun.subList(0, length - 1));
            prefix = prefix.isEmpty() ? "" : prefix + "-";
            for (String form : forms(last)) {
                String label = PLACES.get(prefix + form);
                if (label != null) {
                    return Optional.of(new Place(end - length, String.join(" ", noun), label));
                }
            }
        }
        return Optional.empty();
    }

    /** Every setting label a place noun can give. */
    static List<String> labels() {
        return PLACES.values().stream().distinct().sorted().toList();
    }

    private static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(List.of(word));
        forms.addAll(Inflection.singulars(word));
        return forms;
    }

    private static Map<String, String> places(String... labelsAndNouns) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < labelsAndNouns.length; i += 2) {
            for (String noun : labelsAndNouns[i + 1].split(" ")) {
                map.put(noun, labelsAndNouns[i]);
            }
        }
        return Map.copyOf(map);
    }
}
