package dev.plantain.planner.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.messages.Json;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every plan the built-in planner writes agrees with the published plan schema and reads back equal. */
class PlanSchemaAgreementTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "two red apples to the left of a blue car",
                "a cat between a dog and a bird at night, watercolour",
                "a few wooden chairs and no tables",
                "a sign that says \"HELLO\" next to a poodle",
                "a zorb",
                "two cats next to a dog in noto style, pixel art",
                "a sedan in a garage on the left and a cake that is pink on the right",
            })
    void plansAgreeWithTheSchema(String prompt) {
        ScenePlan plan = PLANNER.plan(prompt, 1024, 768, 5);
        JsonNode json = Json.MAPPER.valueToTree(plan);
        assertThat(PlanSchema.violations(json)).isEmpty();
        assertThat(Json.read(json.toString(), ScenePlan.class)).isEqualTo(plan);
    }
}
