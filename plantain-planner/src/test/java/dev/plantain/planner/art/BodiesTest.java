package dev.plantain.planner.art;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.planner.RuleBasedPlanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodiesTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    @ParameterizedTest
    @CsvSource({
        "a man riding a horse, man-standing",
        "a girl standing in the snow, person-standing",
        "a woman walking a dog on the beach, woman-walking",
        "a boy running on the beach, person-running",
        "three children on a couch, person-in-lotus-position",
        "a portrait of a woman, woman",
        "the face of a man, man"
    })
    void peopleGetFullFiguresInTheirPoseAndPortraitsKeepTheHead(String prompt, String art) {
        assertThat(PLANNER.plan(prompt, 1024, 1024, 1).entities().get(0).artId())
                .isEqualTo(art);
    }
}
