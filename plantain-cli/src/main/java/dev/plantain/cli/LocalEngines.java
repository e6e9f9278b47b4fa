package dev.plantain.cli;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.VerificationReport;
import dev.plantain.ocr.OcrReaders;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.render.SceneArtist;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in engines the services wire (rules planner, compose draft, pixels verifier with PP-OCRv4, layout
 * refiner), run in one process without Kafka: plan, draft, verify, then refine while a check fails and rounds remain.
 */
public final class LocalEngines implements AutoCloseable {

    /** What one prompt came to: the final image, whether it passed, the rounds used and each refinement's time. */
    public record Outcome(
            String prompt,
            BufferedImage image,
            ScenePlan drawn,
            VerificationReport report,
            int rounds,
            List<Long> refineNanos) {}

    private final TextReader reader;
    private final RuleBasedPlanner planner;
    private final DraftRenderer renderer;
    private final PixelVerifier verifier;
    private final ImageRefiner refiner;

    public LocalEngines(boolean ocr) {
        ArtLibrary art = ArtLibrary.fluentFlat();
        SceneArtist artist = new SceneArtist(art);
        this.reader = ocr ? OcrReaders.open(Optional.empty()) : TextReader.unavailable("OCR turned off");
        this.planner = new RuleBasedPlanner(art);
        this.renderer = new ComposingRenderer(artist);
        this.verifier = new PixelVerifier(art, reader);
        this.refiner = new LayoutRefiner(artist);
    }

    /** Why text checks cannot be verified, or empty when the OCR model loaded. */
    public Optional<String> ocrUnavailable() {
        return reader.unavailable();
    }

    public ScenePlan plan(String prompt, int width, int height, long seed) {
        return planner.plan(prompt, width, height, seed);
    }

    public DraftRenderer.Draft draft(ScenePlan plan) {
        return renderer.draft(plan);
    }

    public Outcome run(String prompt, int width, int height, long seed, int maxRounds) {
        DraftRenderer.Draft draft = renderer.draft(plan(prompt, width, height, seed));
        BufferedImage image = draft.image();
        ScenePlan drawn = draft.drawn();
        VerificationReport report = verify(image, drawn);
        List<Long> refineNanos = new ArrayList<>();
        for (int round = 1; round <= maxRounds && !report.passed() && report.repairable(); round++) {
            long start = System.nanoTime();
            ImageRefiner.Refinement refined = refiner.refine(image, drawn, report, round);
            refineNanos.add(System.nanoTime() - start);
            image = refined.image();
            drawn = refined.drawn();
            report = verify(image, drawn);
        }
        return new Outcome(prompt, image, drawn, report, refineNanos.size(), refineNanos);
    }

    private VerificationReport verify(BufferedImage image, ScenePlan drawn) {
        var verification = verifier.verify(image, drawn);
        return VerificationReport.of(verification.checks(), verification.atoms(), null);
    }

    @Override
    public void close() {
        reader.close();
    }
}
