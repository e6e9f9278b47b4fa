package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.cli.jobs.RefineFixture;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.verifier.PixelVerifier;
import org.junit.jupiter.api.Test;

/** The end-to-end test's refine job, checked with the engines alone: its draft fails and one refinement repairs it. */
class RefineFixtureTest {

    @Test
    void theDraftFailsVerificationAndTheFirstRefinementPasses() {
        ArtLibrary art = ArtLibrary.fluentFlat();
        PixelVerifier verifier = new PixelVerifier(art);
        ScenePlan plan = new RuleBasedPlanner(art).plan(RefineFixture.PROMPT, 1024, 1024, RefineFixture.SEED);
        DraftRenderer.Draft draft = new ComposingRenderer(art).draft(plan);
        VerificationReport first = VerificationReport.of(
                verifier.verify(draft.image(), draft.drawn()).checks(), null);
        assertThat(first.passed()).as(first.summary()).isFalse();

        ImageRefiner.Refinement repair = new LayoutRefiner(art).refine(draft.image(), draft.drawn(), first, 1);
        VerificationReport second = VerificationReport.of(
                verifier.verify(repair.image(), repair.drawn()).checks(), null);
        assertThat(second.passed()).as(second.summary()).isTrue();
        assertThat(repair.changes()).isNotEmpty();
    }
}
