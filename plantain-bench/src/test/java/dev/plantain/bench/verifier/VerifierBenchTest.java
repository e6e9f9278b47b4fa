package dev.plantain.bench.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.ocr.OcrReaders;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The verifier's proof: on a generated corpus it catches every kind of error and passes correct images. */
class VerifierBenchTest {

    /** Half relate two coloured objects, half carry a sign: every error kind gets at least 12 images. */
    private static final int PROMPTS = 24;

    private static TextReader reader;
    private static VerifierBench.Result result;

    @BeforeAll
    static void run() {
        ArtLibrary art = ArtLibrary.fluentFlat();
        reader = OcrReaders.open(Optional.empty());
        VerifierBench bench = new VerifierBench(
                new VerifierCorpus(new RuleBasedPlanner(art), new ComposingRenderer(art)),
                new PixelVerifier(art, reader));
        result = bench.run(PROMPTS, 0);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    @Test
    void theTextReaderIsThere() {
        assertThat(reader.unavailable()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void eachKindOfErrorIsCaughtAtLeast95PercentOfTheTime(ErrorKind kind) {
        VerifierBench.Tally tally = result.detection().get(kind);

        assertThat(tally.images()).isGreaterThanOrEqualTo(PROMPTS / 2);
        assertThat(tally.rate()).as(String.join("\n", result.misses())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void correctImagesFailAtMost2PercentOfTheTime() {
        assertThat(result.correct().images()).isGreaterThanOrEqualTo(PROMPTS * 3 / 4);
        assertThat(result.correct().rate())
                .as(String.join("\n", result.misses()))
                .isLessThanOrEqualTo(0.02);
    }
}
