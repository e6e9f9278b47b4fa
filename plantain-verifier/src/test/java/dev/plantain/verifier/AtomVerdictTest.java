package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.AtomKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.render.SceneArtist;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The verdict covers every atom of the prompt, judged from the pixels, and means what a person would mean. */
class AtomVerdictTest {

    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static final SceneArtist ARTIST = new SceneArtist(ART);
    private static final RuleBasedPlanner PLANNER = new RuleBasedPlanner(ART);
    private static final PixelVerifier VERIFIER = new PixelVerifier(ART);

    private static VerificationReport verify(ScenePlan plan) {
        var verification = VERIFIER.verify(ARTIST.paint(plan), plan);
        return VerificationReport.of(verification.checks(), verification.atoms(), null);
    }

    private static ScenePlan plan(String prompt) {
        return PLANNER.plan(prompt, 768, 768, 1);
    }

    private static AtomResult atom(VerificationReport report, String statement) {
        return report.atoms().stream()
                .filter(a -> a.statement().equals(statement))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no atom '" + statement + "' in " + report.atoms()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a red apple and a blue cup",
                "three dogs",
                "a cat left of a dog",
                "a sailboat at sunset with two seagulls above it",
                "a cat on a beach at night",
            })
    void aPromptTheEnginesDrawWhollyIsVerifiedWithEveryAtomPassed(String prompt) {
        VerificationReport report = verify(plan(prompt));
        assertThat(report.atoms()).isNotEmpty().allMatch(AtomResult::passed);
        assertThat(report.passed()).isTrue();
        assertThat(report.score()).isEqualTo(1.0);
    }

    @Test
    void aPhotoOfFlatArtIsNotVerifiedThoughEverythingElseIsShown() {
        VerificationReport report = verify(plan("a photo of three dogs"));
        AtomResult photo = report.atoms().stream()
                .filter(a -> a.kind() == AtomKind.GLOBAL)
                .findFirst()
                .orElseThrow();
        assertThat(photo.status()).isEqualTo(CheckStatus.NOT_VERIFIED);
        assertThat(photo.evidence()).contains("style 'photo' is not judged");
        assertThat(report.atoms()).filteredOn(a -> a != photo).allMatch(AtomResult::passed);
        assertThat(report.passed()).isFalse();
        assertThat(report.repairable())
                .as("no refine round can make flat art a photograph")
                .isFalse();
    }

    @Test
    void aRealisticPromptIsNotVerifiedAndSaysWhatIsMissing() {
        VerificationReport report = verify(plan("a dog sleeping on a sofa by a fireplace"));
        assertThat(report.passed()).isFalse();
        assertThat(atom(report, "the dog sleeping").status()).isEqualTo(CheckStatus.NOT_VERIFIED);
        assertThat(atom(report, "the dog sleeping").evidence())
                .isEqualTo("state 'sleeping' is not judged from pixels by this engine");
        assertThat(atom(report, "the sofa by the fireplace").status()).isEqualTo(CheckStatus.NOT_VERIFIED);
        assertThat(report.score()).isLessThan(1.0);
        assertThat(report.summary()).contains("not judged: the dog sleeping");
    }

    @Test
    void onIsSupportNotSomewhereAbove() {
        ScenePlan plan = plan("a cup on a table");
        VerificationReport drawn = verify(plan);
        AtomResult on = atom(drawn, "the cup on top of the table");
        // The layout puts the cup above the table with a gap: GenEval's centroid rule says above, support says no.
        assertThat(drawn.checks()).anyMatch(c -> c.checkId().equals("position:e1:on-top-of:e2") && c.passed());
        assertThat(on.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(on.evidence()).contains("not resting on it");
    }

    @Test
    void aStandInIsNotDepictedEvenWhenItsTemplateMatches() {
        VerificationReport report = verify(plan("a parking meter"));
        AtomResult meter = atom(report, "a parking meter");
        assertThat(report.checks()).anyMatch(c -> c.checkId().equals("identity:e1") && c.passed());
        assertThat(meter.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(meter.evidence()).contains("a fuel pump, a stand-in").contains("template check passed");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aTrueDepictionUnderAnotherNamePassesOnBothGrounds() {
        AtomResult sedan = atom(verify(plan("a photo of a sedan")), "a sedan");
        assertThat(sedan.status()).isEqualTo(CheckStatus.PASSED);
        assertThat(sedan.evidence()).contains("template check passed").contains("true depiction of 'sedan'");
    }

    @Test
    void aChildOfAThingNotDrawnFailsWithIt() {
        VerificationReport report = verify(plan("a cat and a purple zorblax"));
        AtomResult zorblax = atom(report, "a zorblax");
        AtomResult purple = atom(report, "the zorblax purple");
        assertThat(zorblax.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(purple.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(purple.evidence()).startsWith("its parent " + zorblax.atomId());
        assertThat(report.repairable()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"a dog at night, a dog in the snow", "a cat on a beach, a cat in a field"})
    void aSettingIsMeasuredFromThePixels(String asked, String drawnInstead) {
        ScenePlan wanted = plan(asked);
        ScenePlan other = plan(drawnInstead);
        var verification = VERIFIER.verify(ARTIST.paint(other), wanted);
        List<AtomResult> globals = new ArrayList<>(verification.atoms().stream()
                .filter(a -> a.kind() == dev.plantain.plan.AtomKind.GLOBAL)
                .toList());
        assertThat(globals).isNotEmpty().allMatch(a -> a.status() == CheckStatus.FAILED);
        assertThat(verify(wanted).atoms()).allMatch(AtomResult::passed);
    }
}
