package dev.plantain.planner.parse;

import dev.plantain.planner.art.ArtChoice;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner's descriptive English beyond objects: settings, styles, vague quantities, absolute sides, negation,
 * and the shape, material and texture words the art cannot show. Phrases are lists of words, longest first.
 */
public final class SceneWords {

    /** A phrase and the label it is recorded under. */
    record Phrase(List<String> words, String label) {}

    static final List<Phrase> SETTINGS = phrases(
            "under a grey sky=grey sky",
            "under a gray sky=grey sky",
            "under the grey sky=grey sky",
            "under a cloudy sky=grey sky",
            "under a blue sky=blue sky",
            "under the stars=night",
            "at night=night",
            "at nighttime=night",
            "at sunset=sunset",
            "at sunrise=sunrise",
            "at dawn=sunrise",
            "at dusk=sunset",
            "on a beach=beach",
            "on the beach=beach",
            "in the snow=snow",
            "in snow=snow",
            "in a snowy field=snow",
            "in a forest=forest",
            "in the forest=forest",
            "in the woods=forest",
            "in a city=city",
            "in the city=city",
            "on a city street=city",
            "on the sea=sea",
            "on the ocean=sea",
            "on a lake=sea",
            "on the lake=sea",
            "by the sea=sea",
            "at the sea=sea",
            "by the ocean=sea",
            "at sea=sea",
            "underwater=underwater",
            "indoors=indoors",
            "inside a room=indoors",
            "in a room=indoors",
            "outdoors=outdoors",
            "in space=space",
            "in outer space=space",
            "in deep space=space",
            "through space=space",
            "on the ice=snow",
            "on ice=snow",
            "in the desert=desert",
            "in a desert=desert",
            "in the mountains=mountains",
            "in a garden=garden",
            "in the garden=garden",
            "in the rain=rain",
            "in a field=field",
            "on the moon=moon");

    static final List<Phrase> STYLES = phrases(
            "flat illustration=flat illustration",
            "pixel art=pixel art",
            "pencil sketch=sketch",
            "oil painting=oil painting",
            "watercolour painting=watercolour",
            "watercolor painting=watercolour",
            "watercolour=watercolour",
            "watercolor=watercolour",
            "photorealistic=photo",
            "photograph=photo",
            "photo=photo",
            "sketch=sketch",
            "neon=neon",
            "cartoon=cartoon",
            "3d render=3d render",
            "line art=line art",
            "low poly=low poly",
            "isometric=isometric",
            "minimalist=minimalist",
            "noto emoji=" + ArtChoice.NOTO,
            "noto style=" + ArtChoice.NOTO,
            "noto=" + ArtChoice.NOTO);

    /** Absolute sides: "a cat on the left"; matched after "on the left of" had its chance. */
    static final List<Phrase> SIDES = phrases(
            "on the left=left",
            "on the right=right",
            "to the left=left",
            "to the right=right",
            "at the left=left",
            "at the right=right",
            "on the left side=left",
            "on the right side=right");

    static final List<Phrase> NEGATIONS =
            phrases("with no=no", "without any=no", "without=no", "no=no", "not a=no", "not any=no");

    /** Vague quantities and the inclusive range a seeded choice is drawn from. */
    static final Map<String, int[]> VAGUE = Map.of(
            "few",
            new int[] {2, 4},
            "several",
            new int[] {3, 5},
            "many",
            new int[] {5, 8},
            "couple",
            new int[] {2, 2},
            "pair",
            new int[] {2, 2},
            "handful",
            new int[] {3, 5});

    private static final Map<String, String> ATTRIBUTES = attributes(
            "shape",
                    "round circular square rectangular triangular oval oblong spherical cubic cylindrical conical "
                            + "pentagonal hexagonal octagonal teardrop heart-shaped star-shaped diamond-shaped curved "
                            + "pointed flat tall long short wide narrow thin thick slender crescent-shaped pyramidal",
            "material",
                    "wooden wood metal metallic plastic glass leather fabric cotton wool woolen woollen silk "
                            + "rubber paper cardboard stone marble ceramic porcelain concrete steel iron brick velvet "
                            + "denim linen bamboo wicker knitted crystal clay",
            "texture",
                    "fluffy furry fuzzy smooth rough soft hard shiny glossy matte bumpy sparkly silky velvety "
                            + "wrinkled crumpled hairy woolly spiky scaly striped spotted checkered plaid polka-dot "
                            + "glittery transparent translucent feathery grainy");

    private SceneWords() {}

    /** "shape", "material" or "texture" for a word the art cannot show, else null. */
    public static String attribute(String word) {
        return ATTRIBUTES.get(word);
    }

    private static List<Phrase> phrases(String... entries) {
        return Arrays.stream(entries)
                .map(e -> e.split("=", 2))
                .map(p -> new Phrase(List.of(p[0].split(" ")), p[1]))
                .sorted((a, b) -> b.words().size() - a.words().size())
                .toList();
    }

    private static Map<String, String> attributes(String... kindsAndWords) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < kindsAndWords.length; i += 2) {
            for (String word : kindsAndWords[i + 1].split(" ")) {
                map.put(word, kindsAndWords[i]);
            }
        }
        return Map.copyOf(map);
    }
}
