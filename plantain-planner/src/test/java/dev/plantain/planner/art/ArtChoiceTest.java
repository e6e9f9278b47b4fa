package dev.plantain.planner.art;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A prompt that names Noto gets Noto art where Noto has it, carried in the plan's art ids; others keep Fluent. */
class ArtChoiceTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "two red apples to the left of a cat, noto",
                "two red apples to the left of a cat in noto style",
                "noto emoji: two red apples to the left of a cat"
            })
    void aPromptNamingNotoDrawsNotoArt(String prompt) {
        ScenePlan plan = PLANNER.plan(prompt, 1024, 768, 1);

        assertThat(plan.style()).isEqualTo(ArtChoice.NOTO);
        assertThat(plan.entities()).extracting(Entity::artId).containsExactly("noto:red-apple", "noto:cat");
        assertThat(plan.entities()).extracting(Entity::concept).containsExactly("apple", "cat");
    }

    @Test
    void otherPromptsKeepTheDefaultArt() {
        ScenePlan plan = PLANNER.plan("two red apples to the left of a cat, watercolour", 1024, 768, 1);

        assertThat(plan.entities()).extracting(Entity::artId).containsExactly("red-apple", "cat");
    }

    @Test
    void artNotoLacksFallsBackToFluentAndAnotherStyleMayJoinIt() {
        assertThat(ArtLibrary.noto().has("blackbird")).isFalse();

        assertThat(ArtChoice.artId("blackbird", List.of(ArtChoice.NOTO))).isEqualTo("blackbird");
        assertThat(ArtChoice.artId("cat", List.of("watercolour, noto"))).isEqualTo("noto:cat");
        assertThat(ArtLibrary.fluentFlat().has(ArtChoice.artId("cat", List.of(ArtChoice.NOTO))))
                .isTrue();
    }
}
