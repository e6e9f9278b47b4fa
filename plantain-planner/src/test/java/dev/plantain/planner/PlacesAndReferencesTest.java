package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.ScenePlan;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places as settings, definite phrases referring back, partitives, and stand-in art kept from hypernyms. */
class PlacesAndReferencesTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    private static ScenePlan plan(String prompt) {
        return PLANNER.plan(prompt, 1024, 1024, 3);
    }

    private static String entities(ScenePlan plan) {
        return plan.entities().stream()
                .map(e -> e.count() + " " + e.noun() + ">" + e.artId() + (e.color() == null ? "" : " " + e.color()))
                .collect(Collectors.joining("; "));
    }

    private static String relations(ScenePlan plan) {
        return plan.relations().stream()
                .map(r -> r.subject() + " " + r.relation().label() + " " + r.object())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a cat on the kitchen floor | 1 cat>cat | indoors",
                "a dog on a street | 1 dog>dog | city",
                "a horse in a meadow at sunset | 1 horse>horse | field, sunset",
                "a vase on the countertop | 1 vase>amphora | table",
                "a bathroom with a toilet | 1 toilet>toilet | indoors",
                "A small white kitchen with brown wood floor. | '' | indoors",
            })
    void placesBecomeTheSettingNotEntities(String prompt, String expected, String setting) {
        ScenePlan plan = plan(prompt);
        assertThat(entities(plan)).isEqualTo(expected);
        assertThat(plan.setting()).isEqualTo(setting);
        assertThat(plan.unrenderable()).isEmpty();
        assertThat(new NounCoverage(PLANNER).nounsWithoutArt(prompt, 3)).isEmpty();
    }

    @Test
    void aPlaceIsNotedWithWhatItsBackgroundCannotShow() {
        assertThat(plan("a cat on a white tile floor").notDepicted())
                .containsExactly(
                        "tile floor: the setting (indoors), drawn as the background; colour white not depicted",
                        "cat on tile floor: tile floor is the setting, so the relation is drawn as being in the scene");
    }

    @Test
    void aRelationToThePlaceIsNotedAndTheNextOneBindsToTheEntityBefore() {
        ScenePlan plan = plan("a man in a kitchen next to a dog");
        assertThat(entities(plan)).isEqualTo("1 man>man-standing; 1 dog>dog");
        assertThat(relations(plan)).isEqualTo("e1 next-to e2");
        assertThat(plan.notDepicted())
                .contains("man in kitchen: kitchen is the setting, so the relation is drawn as being in the scene");
        assertThat(plan.unrenderable()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a cat left of a dog and the dog left of the cat | 1 cat>cat; 1 dog>dog | e1 left-of e2; e2 left-of e1",
                "a red ball and a blue ball, the blue ball above the red ball "
                        + "| 1 ball>soccer-ball red; 1 ball>soccer-ball blue | e2 above e1",
                "the dog and the cat | 1 dog>dog; 1 cat>cat | ''",
                "a dog in the kitchen, the dog is brown | 1 dog>dog brown | ''",
                "a cat and the cat's two kittens | 1 cat>cat; 2 kittens>cat | ''",
            })
    void definitePhrasesReferBackInsteadOfAddingEntities(String prompt, String expected, String relations) {
        ScenePlan plan = plan(prompt);
        assertThat(entities(plan)).isEqualTo(expected);
        assertThat(relations(plan)).isEqualTo(relations);
    }

    @Test
    void portionsDrawTheWholeThingAndCollectivesAreSeededCounts() {
        ScenePlan plan = plan("two slices of pizza and a pile of books");
        assertThat(plan.entities().get(0).count()).isEqualTo(2);
        assertThat(plan.entities().get(0).artId()).isEqualTo("pizza");
        int books = plan.entities().get(1).count();
        assertThat(books).isBetween(3, 6);
        assertThat(plan.notDepicted()).containsExactly("slices of pizza: drawn as pizza");
        assertThat(plan.choices()).containsExactly("pile of books: " + books + " (seeded choice in 3-6)");
    }

    @Test
    void hiddenByPutsTheSubjectBehind() {
        assertThat(relations(plan("a cat hidden by a box"))).isEqualTo("e1 behind e2");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a whisker | whisker",
                "a coaster | coaster",
                "a nightlight | nightlight",
            })
    void nounsWithoutHonestArtStayUnrenderable(String prompt, String unrenderable) {
        ScenePlan plan = plan(prompt);
        assertThat(plan.entities()).isEmpty();
        assertThat(plan.unrenderable()).containsExactly(unrenderable);
    }

    @Test
    void aShapeWordBeforeAnUnknownNounIsNotTakenForTheThing() {
        ScenePlan plan = plan("a square coaster");
        assertThat(plan.entities()).isEmpty();
        assertThat(plan.unrenderable()).containsExactly("coaster");
        assertThat(plan.notDepicted()).containsExactly("square (in \"square coaster\"): shape not depicted");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a desk | mdi:desk",
                "a calculator | mdi:calculator",
                "two pillows | game-icons:pillow",
                "a carpet | mdi:rug",
                "a yield sign | mdi:sign-yield",
                "a cubic block | game-icons:stone-block",
                "a red roof | mdi:house-roof",
                "a watering can | mdi:watering-can",
                "a teardrop plum | game-icons:plum",
                "a white paw | game-icons:paw",
                "a blue stamp | mdi:postage-stamp",
                "a nightstand | mdi:table-furniture",
                "a birdhouse | game-icons:bird-house",
                "three screws | mdi:screw-round-top",
                "a short skirt | game-icons:skirt",
                "a big zipper | game-icons:zipper",
                "a small button | game-icons:shirt-button",
                "a spherical ornament | mdi:ornament",
                "a tall tower | game-icons:stone-tower",
                "a triangular sail | game-icons:sail",
                "a triangular prism | game-icons:prism",
                "a long river | game-icons:river",
                "square cushions | game-icons:pillow",
            })
    void nounsWithoutEmojiAreDrawnAsSilhouettes(String prompt, String artId) {
        ScenePlan plan = plan(prompt);
        assertThat(plan.unrenderable()).isEmpty();
        assertThat(plan.entities())
                .singleElement()
                .satisfies(e -> assertThat(e.artId()).isEqualTo(artId));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a spherical magnifying glass | magnifying-glass-tilted-left",
                "four paddles | ping-pong",
                "a black nut | chestnut",
                "the fluffy noodles | steaming-bowl",
                "a triangular game piece | chess-pawn",
                "a leather journal | notebook",
                "two documents | page-facing-up",
                "a cylindrical jar of hand cream | lotion-bottle",
            })
    void nounsWithEmojiUnderAnotherNameAreDrawnWithIt(String prompt, String artId) {
        ScenePlan plan = plan(prompt);
        assertThat(plan.unrenderable()).isEmpty();
        assertThat(plan.entities()).last().satisfies(e -> assertThat(e.artId()).isEqualTo(artId));
    }

    @Test
    void aSilhouetteBeforeAVerbIsStillTheHead() {
        ScenePlan plan = plan("four stools provided seating");
        assertThat(entities(plan)).isEqualTo("4 stools>mdi:stool");
        assertThat(plan.unrenderable()).containsExactly("provided seating");
    }

    @Test
    void aCompoundWithArtOfItsOwnIsNotDrawnAsItsLastWord() {
        assertThat(entities(plan("a watering can and a soda can")))
                .isEqualTo("1 watering can>mdi:watering-can; 1 soda can>canned-food");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a pine cone | pine cone", "a washing machine | washing machine"})
    void aSilhouetteOrMeaningNeverDrawsACompoundAsItsLastWord(String prompt, String unrenderable) {
        ScenePlan plan = plan(prompt);
        assertThat(plan.entities()).isEmpty();
        assertThat(plan.unrenderable()).containsExactly(unrenderable);
    }

    @Test
    void aStandInStillDrawsItsOwnNoun() {
        assertThat(entities(plan("a parking meter"))).isEqualTo("1 parking meter>fuel-pump");
    }
}
