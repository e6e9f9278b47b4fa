package dev.plantain.planner.parse;

import dev.plantain.planner.words.WordNet;
import java.util.ArrayList;
import java.util.List;

/**
 * A noun phrase that names a place or surface ("a white tile floor", "a clean bathroom"): it becomes the setting and
 * is noted as drawn as the background, with the colour, shape, material and texture words it cannot show; a noun
 * modifying it that is no place itself ("a dog park") stays unrenderable.
 */
final class PlacePhrase {

    private PlacePhrase() {}

    /** Records the place as the setting, the note saying how it is drawn, and any unrenderable modifier nouns. */
    static void settle(
            List<String> words, SettingNouns.Place place, String color, PromptNotes notes, List<String> unrenderable) {
        PromptNotes.addOnce(notes.settings, place.label());
        List<String> unseen = new ArrayList<>();
        if (color != null) {
            unseen.add("colour " + color);
        }
        for (String modifier : words.subList(0, place.start())) {
            String attribute = SceneWords.attribute(modifier);
            if (attribute != null) {
                unseen.add(attribute + " " + modifier);
            } else if (SettingNouns.atEnd(List.of(modifier)).isEmpty()
                    && WordNet.isNoun(modifier)
                    && !WordNet.isAdjective(modifier)) {
                unrenderable.add(modifier);
            }
        }
        String written = String.join(" ", words);
        notes.notDepicted.add(written + ": the setting (" + place.label() + "), drawn as the background"
                + (unseen.isEmpty() ? "" : "; " + String.join(", ", unseen) + " not depicted"));
    }
}
