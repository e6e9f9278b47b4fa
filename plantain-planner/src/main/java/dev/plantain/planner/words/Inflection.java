package dev.plantain.planner.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** English singular forms of a plural noun, most likely first, for matching nouns to art names. */
public final class Inflection {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("mice", "mouse"),
            Map.entry("people", "person"),
            Map.entry("persons", "person"),
            Map.entry("men", "man"),
            Map.entry("women", "woman"),
            Map.entry("children", "child"),
            Map.entry("geese", "goose"),
            Map.entry("feet", "foot"),
            Map.entry("teeth", "tooth"),
            Map.entry("oxen", "ox"),
            Map.entry("dice", "die"),
            Map.entry("cacti", "cactus"),
            Map.entry("fungi", "fungus"));

    private Inflection() {}

    /** Candidate singulars of a word; empty when the word does not look plural. */
    public static List<String> singulars(String word) {
        List<String> forms = new ArrayList<>();
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            forms.add(irregular);
            return forms;
        }
        if (word.length() < 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")) {
            return forms;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("ves")) {
            String stem = word.substring(0, word.length() - 3);
            forms.add(stem + "fe");
            forms.add(stem + "f");
        }
        if (word.endsWith("es")) {
            forms.add(word.substring(0, word.length() - 2));
        }
        forms.add(word.substring(0, word.length() - 1));
        return forms;
    }
}
