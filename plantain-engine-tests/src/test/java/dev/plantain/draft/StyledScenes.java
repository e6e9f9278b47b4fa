package dev.plantain.draft;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.render.SceneArtist;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.PixelVerifier;
import java.awt.image.BufferedImage;
import java.util.List;

/** Correct scenes (counts, colours, positions) planned, drafted, verified and refined in a named style. */
final class StyledScenes {

    static final List<String> PROMPTS = List.of(
            "two red apples to the left of a blue car",
            "a cat to the left of a dog",
            "three yellow bananas",
            "a green car above a red apple",
            "a purple teddy bear to the right of an orange cat",
            "four tulips",
            "a dog below a bird",
            "two pink cakes to the left of a green bottle",
            "a brown horse to the left of a white cow",
            "three blue cups",
            "a bicycle to the right of a tree",
            "an umbrella above two red apples",
            "a yellow banana to the left of a purple grape",
            "two cats and a dog",
            "a rocket above a house",
            "a black cat to the right of a yellow chair",
            "five oranges",
            "a red kite above a blue boat",
            "a clock to the left of a lamp",
            "two green frogs below an orange fish");

    static final int WIDTH = 1024;
    static final int HEIGHT = 768;
    static final int ROUNDS = 3;

    private final RuleBasedPlanner planner = RuleBasedPlanner.withDefaultArt();
    private final SceneArtist artist = new SceneArtist(ArtLibrary.fluentFlat());
    private final ComposingRenderer renderer = new ComposingRenderer(artist);
    private final ImageRefiner refiner = new LayoutRefiner(artist);
    private final ImageVerifier verifier = new PixelVerifier(ArtLibrary.fluentFlat());

    /** How a scene fared: whether its draft passed, whether it passed within the refine rounds, and the last report. */
    record Outcome(String prompt, boolean draftPassed, boolean passed, String summary, BufferedImage image) {}

    ScenePlan plan(String prompt, String styleWords, long seed) {
        String styled = styleWords == null ? prompt : prompt + ", " + styleWords;
        return planner.plan(styled, WIDTH, HEIGHT, seed);
    }

    Outcome run(String prompt, String styleWords, long seed) {
        ScenePlan plan = plan(prompt, styleWords, seed);
        DraftRenderer.Draft draft = renderer.draft(plan);
        BufferedImage image = draft.image();
        ScenePlan drawn = draft.drawn();
        VerificationReport report = report(image, drawn);
        boolean draftPassed = report.passed();
        for (int round = 1; round <= ROUNDS && !report.passed(); round++) {
            ImageRefiner.Refinement refinement = refiner.refine(image, drawn, report, round);
            image = refinement.image();
            drawn = refinement.drawn();
            report = report(image, drawn);
        }
        return new Outcome(prompt, draftPassed, report.passed(), report.summary(), image);
    }

    private VerificationReport report(BufferedImage image, ScenePlan plan) {
        return VerificationReport.of(verifier.verify(image, plan).checks(), null);
    }
}
