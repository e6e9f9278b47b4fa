package dev.plantain.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.CheckResult;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text the draft engine sets is legible: the verifier's OCR (PP-OCRv4) reads the quoted text of a prompt, planned and
 * drafted by the built-in engines, back from the pixels at 1K and 2K, and the plan's text check passes: on a sign, poster
 * or banner, and written on a drawn thing (a cake, a mug, a jar's label, a t-shirt).
 */
class DraftTextLegibilityTest {

    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static TextReader reader;
    private static PixelVerifier verifier;

    @BeforeAll
    static void load() {
        reader = OcrReaders.open(Optional.empty());
        assertThat(reader.unavailable()).isEmpty();
        verifier = new PixelVerifier(ART, reader);
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a sign that says \"OPEN\"|1024",
                "a sign that says \"OPEN\"|2048",
                "a poster with the words \"Hello World\"|1024",
                "a poster with the words \"Hello World\"|2048",
                "a banner reading \"SALE 50%\"|1024",
                "a banner reading \"SALE 50%\"|2048",
                "a red apple next to a sign that says \"FRESH FRUIT\"|1024",
                "a cake with the word LOVE|1024",
                "a cake with the word LOVE|2048",
                "a red mug with the word COFFEE|1024",
                "a jar with a label reading \"JAM\"|2048",
                "a t-shirt that says HELLO|1024",
                "a dog next to a cake that says \"HAPPY BIRTHDAY\"|1024"
            })
    void theOcrReadsTheQuotedTextBack(String prompt, int side) {
        ScenePlan plan = new RuleBasedPlanner(ART).plan(prompt, side, side, 3);
        assertThat(plan.texts()).as("quoted text in the plan of %s", prompt).isNotEmpty();

        DraftRenderer.Draft draft = new ComposingRenderer(ART).draft(plan);
        List<CheckResult> text = verifier.verify(draft.image(), draft.drawn()).checks().stream()
                .filter(c -> c.kind() == CheckKind.TEXT)
                .toList();

        assertThat(text)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.passed())
                        .as("%s: %s", c.checkId(), c.measured())
                        .isTrue());
    }
}
