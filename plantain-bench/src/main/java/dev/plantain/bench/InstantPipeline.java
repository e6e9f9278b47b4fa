package dev.plantain.bench;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.draft.InstantRenderer;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.InstantPlanner;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.InstantRefiner;
import dev.plantain.upscaler.InstantUpscaler;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.InstantVerifier;
import java.util.ArrayList;
import java.util.List;

/** The instant engines called in one process in the order a benchmark job meets them: the in-process baseline. */
final class InstantPipeline {

    private InstantPipeline() {}

    /** Milliseconds per 1K job (plan, draft, verify, refine, verify, upscale), after a warm-up. */
    static Percentiles measure(int jobs) {
        InstantPlanner planner = new InstantPlanner();
        InstantRenderer renderer = new InstantRenderer();
        InstantVerifier verifier = new InstantVerifier();
        InstantRefiner refiner = new InstantRefiner();
        InstantUpscaler upscaler = new InstantUpscaler();
        List<Double> times = new ArrayList<>();
        for (int i = -20; i < jobs; i++) {
            long start = System.nanoTime();
            ScenePlan plan = planner.plan(BenchJobs.PROMPT, 1024, 1024, BenchJobs.SEED);
            DraftRenderer.Draft draft = renderer.draft(plan);
            ImageVerifier.Verification first = verifier.verify(draft.image(), draft.drawn());
            ImageRefiner.Refinement refined =
                    refiner.refine(draft.image(), draft.drawn(), VerificationReport.of(first.checks(), null), 1);
            ImageVerifier.Verification second = verifier.verify(refined.image(), refined.drawn());
            if (!VerificationReport.of(second.checks(), null).passed()) {
                throw new IllegalStateException("the instant engines did not pass after one refine round");
            }
            upscaler.upscale(refined.image(), 1024, 1024);
            if (i >= 0) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return Percentiles.of(times);
    }
}
