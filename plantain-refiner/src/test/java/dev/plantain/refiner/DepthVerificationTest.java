package dev.plantain.refiner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Check;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.render.SceneArtist;
import dev.plantain.verifier.PixelVerifier;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "In front of" and "behind" from prompt to pixels: judged by where each stands and whether they overlap, repaired by
 * settling the front across the other and a little lower.
 */
class DepthVerificationTest {

    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static final SceneArtist ARTIST = new SceneArtist(ART);
    private static final PixelVerifier VERIFIER = new PixelVerifier(ART, null);

    @Test
    void aFrontStandingLowerAndAcrossPassesAndTheReverseClaimFails() {
        DraftRenderer.Draft draft = draft("a car behind a tree", 2);
        BufferedImage image = draft.image();
        ScenePlan drawn = draft.drawn();
        VerificationReport report = report(image, drawn);
        LayoutRefiner refiner = new LayoutRefiner(ARTIST);
        for (int round = 1; round <= 3 && depthCheck(report.checks()).status() != CheckStatus.PASSED; round++) {
            ImageRefiner.Refinement refined = refiner.refine(image, drawn, report, round);
            image = refined.image();
            drawn = refined.drawn();
            report = report(image, drawn);
        }

        CheckResult asPlanned = depthCheck(report.checks());
        assertThat(asPlanned.status()).as(asPlanned.measured()).isEqualTo(CheckStatus.PASSED);
        assertThat(asPlanned.measured()).contains("tree's foot").contains("nearer the viewer stands lower");

        ScenePlan reversed = drawn.withChecks(drawn.checks().stream()
                .map(c -> c.id().startsWith("position:")
                        ? new Check(c.id(), c.kind(), c.subject(), c.object(), "in-front-of")
                        : c)
                .toList());
        CheckResult claimedInFront = depthCheck(VERIFIER.verify(image, reversed).checks());
        assertThat(claimedInFront.status()).as(claimedInFront.measured()).isEqualTo(CheckStatus.FAILED);
    }

    @Test
    void aDraftWhoseFrontStandsHigherIsRefinedUntilItStandsLowerAndBeforeTheOther() {
        DraftRenderer.Draft draft = draft("a cat in front of a dog", 2);
        BufferedImage image = draft.image();
        ScenePlan drawn = draft.drawn();
        VerificationReport report = report(image, drawn);
        assertThat(depthCheck(report.checks()).status()).isEqualTo(CheckStatus.FAILED);

        LayoutRefiner refiner = new LayoutRefiner(ARTIST);
        for (int round = 1; round <= 3 && depthCheck(report.checks()).status() != CheckStatus.PASSED; round++) {
            ImageRefiner.Refinement refined = refiner.refine(image, drawn, report, round);
            image = refined.image();
            drawn = refined.drawn();
            report = report(image, drawn);
        }

        // The dog's own identity check may still fail where the cat covers it: the template check does not
        // discount what a thing in front hides (a known limit, in the README).
        CheckResult depth = depthCheck(report.checks());
        assertThat(depth.status()).as(depth.measured()).isEqualTo(CheckStatus.PASSED);
        assertThat(drawn.entity("e1").orElseThrow().bounds().bottom())
                .as("the cat's foot below the dog's")
                .isGreaterThan(drawn.entity("e2").orElseThrow().bounds().bottom());
    }

    private static DraftRenderer.Draft draft(String prompt, long seed) {
        return new ComposingRenderer(ARTIST).draft(new RuleBasedPlanner(ART).plan(prompt, 1024, 1024, seed));
    }

    private static VerificationReport report(BufferedImage image, ScenePlan plan) {
        return VerificationReport.of(VERIFIER.verify(image, plan).checks(), null);
    }

    private static CheckResult depthCheck(List<CheckResult> checks) {
        return checks.stream()
                .filter(c -> c.checkId().startsWith("position:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no position check in " + checks));
    }
}
