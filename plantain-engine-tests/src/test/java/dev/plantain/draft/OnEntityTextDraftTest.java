package dev.plantain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.render.CarriedTexts;
import dev.plantain.render.SceneArtist;
import dev.plantain.verifier.PixelVerifier;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text written on a drawn thing is drawn on it: in the draft the text's box still lies on its carrier instance
 * (wherever the draft's jitter put it), the plate's pixels are there, and the text drawn on the carrier does not
 * break the carrier's own count, colour and identity checks, which pass after at most {@value #ROUNDS} refine rounds
 * as in the pipeline (the text moving with its carrier).
 */
class OnEntityTextDraftTest {

    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static final RuleBasedPlanner PLANNER = new RuleBasedPlanner(ART);
    private static final ComposingRenderer RENDERER = new ComposingRenderer(ART);
    private static final PixelVerifier VERIFIER = new PixelVerifier(ART);
    private static final SceneArtist ARTIST = new SceneArtist(ART);
    private static final ImageRefiner REFINER = new LayoutRefiner(ARTIST);
    private static final int ROUNDS = 3;

    @ParameterizedTest(name = "{0} at {1}, seed {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a cake with the word LOVE | 1024 | 1",
                "a cake with the word LOVE | 2048 | 2",
                "a red mug with the word COFFEE | 1024 | 3",
                "a blue mug with the word COFFEE | 1024 | 4",
                "a black mug with the word COFFEE | 1024 | 4",
                "a white t-shirt that says HELLO | 1024 | 10",
                "a pink cake with the word LOVE | 2048 | 11",
                "a jar with a label reading \"JAM\" | 1024 | 5",
                "a t-shirt that says HELLO | 1024 | 6",
                "a green t-shirt that says HELLO on a beach | 1024 | 7",
                "two cakes with the word LOVE | 1024 | 8",
                "a dog next to a cake that says \"HAPPY BIRTHDAY\" | 1024 | 9",
            })
    void theTextIsDrawnOnItsCarrierWithoutBreakingItsChecks(String prompt, int side, long seed) {
        ScenePlan plan = PLANNER.plan(prompt, side, side, seed);
        DraftRenderer.Draft draft = RENDERER.draft(plan);
        TextSpec text = draft.drawn().texts().get(0);
        assertThat(CarriedTexts.carrierOf(draft.drawn(), text))
                .as("the drawn text %s lies on an instance", text.box())
                .isPresent();
        assertThat(plateShare(draft.image(), text))
                .as("light plate pixels in the text box")
                .isGreaterThan(0.4);

        BufferedImage image = draft.image();
        ScenePlan drawn = draft.drawn();
        VerificationReport report = withoutText(image, drawn);
        for (int round = 1; round <= ROUNDS && !report.passed(); round++) {
            ImageRefiner.Refinement refinement = REFINER.refine(image, drawn, report, round);
            image = refinement.image();
            drawn = refinement.drawn();
            report = withoutText(image, drawn);
        }
        TextSpec after = drawn.texts().get(0);
        assertThat(CarriedTexts.carrierOf(drawn, after))
                .as("the refined text lies on an instance")
                .isPresent();
        assertThat(report.checks())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.passed())
                        .as("%s %s: %s", c.checkId(), c.kind(), c.measured())
                        .isTrue());
    }

    /** The verifier's report on every check but text (this verifier reads no text: the OCR tests read it). */
    private static VerificationReport withoutText(BufferedImage image, ScenePlan plan) {
        List<CheckResult> checks = VERIFIER.verify(image, plan).checks().stream()
                .filter(c -> c.kind() != CheckKind.TEXT)
                .toList();
        return VerificationReport.of(checks, null);
    }

    /** The share of the text box's pixels that are light and nearly grey, as the plate is. */
    private static double plateShare(BufferedImage image, TextSpec text) {
        int light = 0;
        int all = 0;
        for (int y = text.box().y(); y < text.box().bottom(); y++) {
            for (int x = text.box().x(); x < text.box().right(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                boolean plate = Math.min(r, Math.min(g, b)) > 200
                        && Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) < 40;
                light += plate ? 1 : 0;
                all++;
            }
        }
        return light / (double) Math.max(1, all);
    }
}
