package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nouns a prompt names as entities that found no art, as the planner benchmark counts them. */
class NounCoverageTest {

    private static final NounCoverage COVERAGE = new NounCoverage(RuleBasedPlanner.withDefaultArt());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a red cat next to a sedan | ''",
                "a cat and a glorptwizzle | glorptwizzle",
                "a wooden chair and a fluffy cloud | ''",
                "a cat left of | ''",
                "a zorb next to a dog | zorb",
                "a crunchy apple and a shiny zorb | zorb",
                "a cat sat next to a thistle | thistle",
                "a tower and a labyrinth that fascinated him | labyrinth",
                "a white snow and a blue sled | ''",
                "a blue rectangular zorb | zorb",
                "a metallic cheese slicer | slicer",
                "The wooden hanger and fluffy dress hang on the metallic rack. | ''",
            })
    void listsOnlyHeadNounsWithoutArt(String prompt, String nouns) {
        assertThat(String.join(", ", COVERAGE.nounsWithoutArt(prompt, 1))).isEqualTo(nouns);
    }
}
