package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.ScenePlan;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art that shows the thing a prompt means, and no art rather than a picture of another thing. */
class ArtPicturesTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    private static String entities(String prompt) {
        ScenePlan plan = PLANNER.plan(prompt, 1024, 1024, 3);
        return plan.entities().stream().map(e -> e.noun() + ">" + e.artId()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a table | table>mdi:table-furniture",
                "a dining table | dining table>mdi:table-furniture",
                "an oval coffee table and a rectangular rug | coffee table>mdi:table-furniture; rug>mdi:rug",
                "a nightstand | nightstand>mdi:table-furniture",
                "The coach is giving a pep talk to the team. | coach>person-standing",
                "The warm yellow light shone down on the cozy red armchair. | armchair>chair",
                "A skier is gliding down a snow-covered mountain. | skier>skier; mountain>mountain",
                "a tall skyscraper and a short street lamp | skyscraper>office-building; street lamp>mdi:post-lamp",
                "a tall skyscraper and a short lamppost | skyscraper>office-building; lamppost>mdi:post-lamp",
                "a torch | torch>mdi:torch",
                "a photo of a fork and a knife | fork>mdi:silverware-fork; knife>kitchen-knife",
                "a fire hydrant and a microwave | fire hydrant>mdi:fire-hydrant; microwave>mdi:microwave",
                "an oven and a toaster | oven>mdi:stove; toaster>mdi:toaster",
                "a sink and a refrigerator | sink>mdi:sink; refrigerator>mdi:refrigerator",
                "a hair drier and a tv remote | hair drier>mdi:hair-dryer; tv remote>game-icons:tv-remote",
                "a snowboard and a baseball bat | snowboard>game-icons:snowboard; baseball bat>game-icons:baseball-bat",
                "A person is bungee jumping off a bridge. | person>person-standing; bridge>bridge-at-night",
            })
    void drawsWhatThePromptMeans(String prompt, String expected) {
        assertThat(entities(prompt)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a blue pen and a black ink | pen>pen; ink>mdi:ink-spot",
                "Many stoplights flash yellow on a snow covered street. | stoplights>vertical-traffic-light",
                "A traffic light with a smile green light. | traffic light>vertical-traffic-light; smile>slightly-smiling-face",
                "The smartphone made it a stylish accessory. | smartphone>mobile-phone",
                "a cylindrical can of soup | can>canned-food; soup>pot-of-food",
                "The delicate web of the spider | web>spider-web; spider>spider",
                "The circular wreath hung on the front door. | wreath>game-icons:laurels; door>door",
                "The marble statue stood in front of a wall. | statue>game-icons:stone-bust",
                "a pyramidal sculpture | sculpture>game-icons:stone-bust",
                "a tall palm tree and a short shrub | palm tree>palm-tree; shrub>game-icons:berry-bush",
                "A child is playing with a jump rope. | child>person-standing; jump rope>game-icons:rope-coil",
                "The old leather saddle | saddle>game-icons:saddle",
                "A man is holding a rake. | man>man-standing; rake>game-icons:rake",
                "A person is looking at a waterfall. | person>person-standing; waterfall>game-icons:waterfall",
                "A couple is cuddled up in front of a cozy fireplace. | fireplace>mdi:fireplace",
                "A man is mowing the lawn with a push mower. | man>man-standing; mower>mdi:mower",
                "the dark cave and the dim tunnel | tunnel>mdi:tunnel",
            })
    void drawsNounsThatHadNoArt(String prompt, String expected) {
        assertThat(entities(prompt)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a spherical ornament and a triangular tree topper | ornament>mdi:ornament;"
                        + " tree topper>plantain:tree-topper",
                "a spherical snow globe and an oblong frame | snow globe>plantain:snow-globe; frame>framed-picture",
                "two snow globes | snow globes>plantain:snow-globe",
                "a circular dining table and a triangular table runner | dining table>mdi:table-furniture;"
                        + " table runner>plantain:table-runner",
                "a square cupcake liner | cupcake liner>plantain:muffin-liner",
                "a pyramidal bookend and a conical bookstand | bookend>plantain:bookend; bookstand>plantain:bookstand",
                "a rubber band and a glass jar | rubber band>plantain:rubber-band; jar>jar",
                "a metallic bracelet and a fabric jacket | bracelet>plantain:bracelet; jacket>coat",
                "The wooden desk and metallic bookends | desk>mdi:desk; bookends>plantain:bookend",
                "a diamond pendant and a round locket | pendant>plantain:pendant; locket>plantain:locket",
                "a metallic door knob and a wooden floor | door knob>mdi:knob",
                "a cubic dice and a cylindrical salt shaker | dice>game-die; salt shaker>salt",
                "a cylindrical vase and a triangular flower arrangement | vase>amphora; flower arrangement>bouquet",
                "a metallic cheese grater | cheese grater>plantain:grater",
                "a pentagonal badge and a pyramidal award statue | badge>name-badge; award statue>plantain:statuette",
            })
    void drawsThingsNoIconShowsWithPlantainsOwnDrawings(String prompt, String expected) {
        assertThat(entities(prompt)).isEqualTo(expected);
    }
}
