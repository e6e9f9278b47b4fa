package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.render.SceneArtist;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nouns without emoji drawn as shaded silhouettes: planned with a qualified silhouette art id, drawn by the draft in
 * the planned colour, and verified like emoji art (count, colour, position, and the identity template drawn from the
 * same silhouette).
 */
class SilhouetteVerificationTest {

    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static final SceneArtist ARTIST = new SceneArtist(ART);
    private static final RuleBasedPlanner PLANNER = new RuleBasedPlanner(ART);
    private static final PixelVerifier VERIFIER = new PixelVerifier(ART);
    private static final LayoutRefiner REFINER = new LayoutRefiner(ART);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a blue desk and a red pillow | mdi:desk game-icons:pillow",
                "a towel on the left of a lamp | game-icons:towel diya-lamp",
                "three green stools | mdi:stool",
                "a purple rug below a yellow curtain | mdi:rug mdi:curtains",
            })
    void aSilhouetteDraftPassesEveryCheck(String prompt, String artIds) {
        ScenePlan plan = PLANNER.plan(prompt, 1024, 768, 3);
        assertThat(plan.entities().stream().map(Entity::artId).toList()).containsExactly(artIds.split(" "));
        assertThat(plan.unrenderable()).isEmpty();

        List<CheckResult> checks = VERIFIER.verify(ARTIST.paint(plan), plan).checks();

        assertThat(checks)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.status())
                        .as(c.checkId() + ": " + c.measured())
                        .isEqualTo(CheckStatus.PASSED));
    }

    @ParameterizedTest
    @CsvSource({"a blue desk, a red desk", "a red pillow, a green pillow"})
    void aSilhouetteOfAnotherColourFailsTheColourCheck(String planned, String drawn) {
        ScenePlan plan = PLANNER.plan(planned, 768, 768, 3);
        ScenePlan other = PLANNER.plan(drawn, 768, 768, 3);

        List<CheckResult> checks = VERIFIER.verify(ARTIST.paint(other), plan).checks();

        assertThat(checks)
                .filteredOn(c -> c.checkId().startsWith("color"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).as(c.measured()).isEqualTo(CheckStatus.FAILED));
    }

    @ParameterizedTest
    @CsvSource({"a blue desk, a red desk", "a red pillow next to a towel, a green pillow next to a towel"})
    void theRefinerRepaintsASilhouetteInItsPlannedColour(String planned, String drawn) {
        ScenePlan plan = PLANNER.plan(planned, 768, 768, 3);
        BufferedImage wrong = ARTIST.paint(PLANNER.plan(drawn, 768, 768, 3));
        VerificationReport report =
                VerificationReport.of(VERIFIER.verify(wrong, plan).checks(), null);
        assertThat(report.passed()).isFalse();

        BufferedImage refined = REFINER.refine(wrong, plan, report, 1).image();

        assertThat(VERIFIER.verify(refined, plan).checks())
                .allSatisfy(c -> assertThat(c.status())
                        .as(c.checkId() + ": " + c.measured())
                        .isEqualTo(CheckStatus.PASSED));
    }
}
