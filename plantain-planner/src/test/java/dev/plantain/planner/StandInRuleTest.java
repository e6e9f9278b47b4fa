package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.planner.art.ArtSynonyms;
import dev.plantain.planner.graph.StandIns;
import dev.plantain.planner.words.WordNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule that separates a true depiction from a stand-in ({@link StandIns}), checked over every synonym of the
 * planner: each is a kind-of either way by WordNet, the same thing under another name (listed here), or a stand-in
 * listed with what its art shows.
 */
class StandInRuleTest {

    /** Synonyms whose art is the same thing under a name WordNet does not join to the noun. */
    private static final Set<String> SAME_THING = Set.of(
            "car",
            "truck",
            "boat",
            "traffic-light",
            "sheep",
            "lamb",
            "tie",
            "suitcase",
            "frisbee",
            "sports-ball",
            "ball",
            "glove",
            "bottle",
            "cup",
            "mug",
            "cocktail",
            "knife",
            "bowl",
            "apple",
            "orange",
            "donut",
            "cake",
            "couch",
            "sofa",
            "tv",
            "computer-keyboard",
            "cell-phone",
            "phone",
            "book",
            "clock",
            "vase",
            "bike",
            "motorbike",
            "plane",
            "aeroplane",
            "puppy",
            "kitten",
            "tree",
            "flower",
            "glass",
            "mouse",
            "computer-mouse",
            "human",
            "coach",
            "speaker",
            "soda",
            "bathtub",
            "tub",
            "diamond",
            "gemstone",
            "pants",
            "trousers",
            "floral-arrangement",
            "soup",
            "stew",
            "web",
            "cobweb",
            "smile",
            "stoplight",
            "smartphone",
            "frame",
            "ice-cube",
            "water",
            "pan",
            "frying-pan",
            "paddle",
            "ping-pong-paddle",
            "table-tennis-paddle",
            "wall-art",
            "painting",
            "picture-frame",
            "cabin",
            "can",
            "tin",
            "document",
            "magnifier",
            "present",
            "dish",
            "tea",
            "journal",
            "box",
            "soccer-goal",
            "football-goal",
            "noodle",
            "noodles",
            "bowling-ball",
            "dice",
            "tennis-ball",
            "skyscraper",
            "hand-cream",
            "game-piece",
            "salt-shaker",
            "saltshaker");

    /** Nouns the prompts mean in a sense WordNet does not list first: a canary is a bird (WordNet: an informer). */
    private static final Set<String> KIND_OF_IN_ANOTHER_SENSE = Set.of("canary");

    @Test
    void everySynonymIsATrueDepictionOrAListedStandIn() {
        List<String> unexplained = new ArrayList<>();
        for (Map.Entry<String, String> e : ArtSynonyms.TABLE.entrySet()) {
            String noun = e.getKey();
            String art = e.getValue().substring(e.getValue().indexOf(':') + 1);
            String head = noun.substring(noun.lastIndexOf('-') + 1);
            // "hiking-boot" names a kind of boot: the art's name ends with (or is) the noun.
            boolean kindOf = KIND_OF_IN_ANOTHER_SENSE.contains(noun)
                    || art.equals(noun)
                    || art.endsWith("-" + noun)
                    || art.startsWith(noun + "-") && !art.contains("-and-")
                    || WordNet.hypernyms(noun).contains(art)
                    || WordNet.hypernyms(art).contains(noun)
                    || WordNet.hypernyms(art).contains(head);
            if (!kindOf && !SAME_THING.contains(noun) && StandIns.shows(noun).isEmpty()) {
                unexplained.add(noun + " -> " + art);
            }
            if (StandIns.shows(noun).isPresent()) {
                assertThat(SAME_THING).doesNotContain(noun);
            }
        }
        assertThat(unexplained).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "a sedan, ",
        "a poodle, ",
        "two seagulls, ",
        "a walnut, a chestnut",
        "a cowboy hat, a top hat",
        "a parking meter, a fuel pump",
        "a comic book, "
    })
    void artOfASiblingIsAStandInArtOfAKindIsNot(String prompt, String shows) {
        var plan = RuleBasedPlanner.withDefaultArt().plan(prompt, 512, 512, 1);
        assertThat(plan.graph().atoms().get(0).standIn()).isEqualTo(shows);
    }
}
