package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.draft.InstantRenderer;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.InstantPlanner;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.InstantRefiner;
import dev.plantain.upscaler.InstantUpscaler;
import org.junit.jupiter.api.Test;

/** The benchmark-only engines take a job through exactly one refine round, at the sizes the request asks for. */
class InstantEnginesTest {

    @Test
    void aDraftFailsOnceAndPassesAfterOneRefinement() {
        ScenePlan plan = new InstantPlanner().plan("anything at all", 320, 200, 1);
        DraftRenderer.Draft draft = new InstantRenderer().draft(plan);
        InstantVerifier verifier = new InstantVerifier();

        VerificationReport first =
                VerificationReport.of(verifier.verify(draft.image(), plan).checks(), null);
        ImageRefiner.Refinement refined = new InstantRefiner().refine(draft.image(), plan, first, 1);
        VerificationReport second =
                VerificationReport.of(verifier.verify(refined.image(), plan).checks(), null);

        assertThat(plan.entities()).hasSize(1);
        assertThat(plan.checks()).isNotEmpty();
        assertThat(draft.image().getWidth()).isEqualTo(320);
        assertThat(draft.image().getHeight()).isEqualTo(200);
        assertThat(first.passed()).isFalse();
        assertThat(second.passed()).isTrue();
        assertThat(second.checks()).allMatch(CheckResult::passed);
        assertThat(draft.image().getRGB(0, 0)).isNotEqualTo(refined.image().getRGB(0, 0));
        assertThat(new InstantUpscaler().upscale(refined.image(), 640, 400).getWidth())
                .isEqualTo(640);
    }
}
