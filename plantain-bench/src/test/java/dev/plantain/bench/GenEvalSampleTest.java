package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenEvalSampleTest {

    /** Ten counting prompts, then four position prompts, as GenEval's file groups them by tag. */
    private static final List<GenEvalBench.Prompt> PROMPTS = prompts();

    @Test
    void perTagTakesTheSameNumberFromEveryTagSpreadOverIt() {
        List<GenEvalSample.Entry> sample = GenEvalSample.select(PROMPTS, 0, 2);

        assertThat(sample).extracting(GenEvalSample.Entry::line).containsExactly(0, 5, 10, 12);
        assertThat(sample)
                .extracting(e -> e.prompt().tag())
                .containsExactly("counting", "counting", "position", "position");
    }

    @Test
    void perTagTakesAllOfATagWithFewerPrompts() {
        assertThat(GenEvalSample.select(PROMPTS, 0, 6))
                .extracting(e -> e.prompt().tag())
                .filteredOn("position"::equals)
                .hasSize(4);
    }

    @Test
    void limitSpreadsOverTheWholeFileAndNoLimitTakesEverything() {
        assertThat(GenEvalSample.select(PROMPTS, 7, 0))
                .extracting(GenEvalSample.Entry::line)
                .containsExactly(0, 2, 4, 6, 8, 10, 12);
        assertThat(GenEvalSample.select(PROMPTS, 0, 0)).hasSize(14);
    }

    @Test
    void interleavingTakesOneOfEachTagInTurnAndKeepsEveryEntry() {
        List<GenEvalSample.Entry> order = GenEvalSample.interleaved(GenEvalSample.select(PROMPTS, 0, 0));

        assertThat(order).extracting(GenEvalSample.Entry::line).startsWith(0, 10, 1, 11, 2, 12, 3, 13, 4, 5);
        assertThat(order).hasSize(14).doesNotHaveDuplicates();
    }

    @Test
    void theSeedIsTheLinePlusOneWhateverTheSample() {
        assertThat(GenEvalSample.select(PROMPTS, 0, 2).get(1).seed()).isEqualTo(6);
    }

    private static List<GenEvalBench.Prompt> prompts() {
        List<GenEvalBench.Prompt> prompts = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            prompts.add(new GenEvalBench.Prompt(i < 10 ? "counting" : "position", "prompt " + i));
        }
        return prompts;
    }
}
