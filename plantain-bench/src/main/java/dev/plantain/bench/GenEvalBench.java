package dev.plantain.bench;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.Json;
import dev.plantain.messages.VerificationReport;
import dev.plantain.ocr.OcrReaders;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.render.SceneArtist;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * The headline: how often the single-pass draft of a GenEval prompt passes verification, against the image after the
 * verify-refine loop, per GenEval tag. The engines run in-process, the same code the services wire; "passes" is this
 * verifier's judgement of the plan's checks, not GenEval's own detector-based score.
 */
final class GenEvalBench {

    /** One line of GenEval's metadata: the tag and the prompt (its detector fields are not used). */
    record Prompt(String tag, String prompt) {}

    private final GenEvalTable table = new GenEvalTable();

    private final ScenePlanner planner;
    private final DraftRenderer renderer;
    private final ImageVerifier verifier;
    private final ImageRefiner refiner;

    GenEvalBench(ScenePlanner planner, DraftRenderer renderer, ImageVerifier verifier, ImageRefiner refiner) {
        this.planner = planner;
        this.renderer = renderer;
        this.verifier = verifier;
        this.refiner = refiner;
    }

    static List<Prompt> parse(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isBlank())
                .map(l -> Json.read(l, Prompt.class))
                .toList();
    }

    /** Runs the prompts through the built-in engines at 1024x1024, one after another, and tallies them. */
    static GenEvalTable inProcess(List<GenEvalSample.Entry> sample, int maxRounds) {
        ArtLibrary art = ArtLibrary.fluentFlat();
        SceneArtist artist = new SceneArtist(art);
        try (TextReader reader = OcrReaders.open(Optional.empty())) {
            GenEvalBench bench = new GenEvalBench(
                    new RuleBasedPlanner(art),
                    new ComposingRenderer(artist),
                    new PixelVerifier(art, reader),
                    new LayoutRefiner(artist));
            sample.forEach(e -> bench.run(e.prompt(), e.seed(), 1024, maxRounds));
            return bench.table;
        }
    }

    /** Runs one prompt through plan, draft, verify and up to {@code maxRounds} refinements. */
    void run(Prompt prompt, long seed, int side, int maxRounds) {
        long start = System.nanoTime();
        ScenePlan plan;
        try {
            plan = planner.plan(prompt.prompt(), side, side, seed);
        } catch (IllegalArgumentException e) {
            table.add(prompt.tag(), false, false, 0, elapsed(start));
            return;
        }
        if (plan.entities().isEmpty() && plan.texts().isEmpty()) {
            table.add(prompt.tag(), false, false, 0, elapsed(start));
            return;
        }
        DraftRenderer.Draft draft = renderer.draft(plan);
        BufferedImage image = draft.image();
        ScenePlan drawn = draft.drawn();
        VerificationReport report = verify(image, drawn);
        boolean draftPassed = GenEvalTable.criteriaMet(report);
        int rounds = 0;
        for (int round = 1; round <= maxRounds && !GenEvalTable.criteriaMet(report) && report.repairable(); round++) {
            ImageRefiner.Refinement refined = refiner.refine(image, drawn, report, round);
            image = refined.image();
            drawn = refined.drawn();
            report = verify(image, drawn);
            rounds++;
        }
        boolean met = GenEvalTable.criteriaMet(report);
        table.add(prompt.tag(), draftPassed, met, rounds, elapsed(start));
        if (!met) {
            table.unmet(prompt.prompt(), report);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private VerificationReport verify(BufferedImage image, ScenePlan drawn) {
        var verification = verifier.verify(image, drawn);
        return VerificationReport.of(verification.checks(), verification.atoms(), null);
    }
}
