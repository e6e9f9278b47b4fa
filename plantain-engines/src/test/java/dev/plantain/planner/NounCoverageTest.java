package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nouns a plan could not draw, as the planner benchmark counts them. */
class NounCoverageTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a red cat next to a sedan | ''",
                "a cat and a glorptwizzle | glorptwizzle",
                "a wooden chair and a fluffy cloud | ''",
                "a cat left of | ''",
            })
    void listsOnlyNounsWithoutArt(String prompt, String nouns) {
        assertThat(String.join(", ", NounCoverage.nounsWithoutArt(PLANNER.plan(prompt, 512, 512, 1))))
                .isEqualTo(nouns);
    }
}
