package dev.plantain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier still verifies styled images: correct scenes drawn in each style pass their count, colour and
 * position checks (after the refiner's rounds) at least as often as {@value #MIN_PASS_RATE}.
 */
class StyledVerificationTest {

    static final double MIN_PASS_RATE = 0.9;
    private static final StyledScenes SCENES = new StyledScenes();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "flat illustration, flat illustration",
        "photo, photo",
        "watercolour, watercolour",
        "pixel art, pixel art",
        "pencil sketch, sketch",
        "neon, neon",
        "noto, noto"
    })
    void correctScenesInAStylePassTheirChecks(String words, String label) {
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int draftsPassed = 0;
        for (int i = 0; i < StyledScenes.PROMPTS.size(); i++) {
            String prompt = StyledScenes.PROMPTS.get(i);
            assertThat(SCENES.plan(prompt, words, i).style()).isEqualTo(label);
            StyledScenes.Outcome outcome = SCENES.run(prompt, words, i);
            passed += outcome.passed() ? 1 : 0;
            draftsPassed += outcome.draftPassed() ? 1 : 0;
            if (!outcome.passed()) {
                failures.add(prompt + ": " + outcome.summary());
            }
        }
        int total = StyledScenes.PROMPTS.size();
        System.out.printf(
                "style %s: %d/%d drafts passed, %d/%d after refining; failed: %s%n",
                label, draftsPassed, total, passed, total, failures);
        assertThat(passed / (double) total)
                .as("%s failures: %s", label, failures)
                .isGreaterThanOrEqualTo(MIN_PASS_RATE);
    }
}
