package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBasedPlannerTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    @Test
    void listsEveryCheckTheVerifierMustMake() {
        ScenePlan plan = PLANNER.plan("two red apples left of a dog and a sign that says \"HI\"", 1024, 768, 3);
        assertThat(plan.checks())
                .containsExactly(
                        new Check("image", CheckKind.IMAGE, null, null, null),
                        new Check("count:e1", CheckKind.COUNT, "e1", null, "2"),
                        new Check("color:e1", CheckKind.COLOR, "e1", null, "red"),
                        new Check("clipping:e1", CheckKind.CLIPPING, "e1", null, null),
                        new Check("contrast:e1", CheckKind.CONTRAST, "e1", null, null),
                        new Check("identity:e1", CheckKind.IDENTITY, "e1", null, null),
                        new Check("count:e2", CheckKind.COUNT, "e2", null, "1"),
                        new Check("clipping:e2", CheckKind.CLIPPING, "e2", null, null),
                        new Check("contrast:e2", CheckKind.CONTRAST, "e2", null, null),
                        new Check("identity:e2", CheckKind.IDENTITY, "e2", null, null),
                        new Check("position:e1:left-of:e2", CheckKind.POSITION, "e1", "e2", "left-of"),
                        new Check("text:t1", CheckKind.TEXT, "t1", null, "HI"));
        assertThat(plan.entities()).extracting(Entity::id).containsExactly("e1", "e2");
        assertThat(plan.entities().get(0).noun()).isEqualTo("apples");
        assertThat(plan.texts().get(0).box()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"a photo of a cat, true", "a cat, true", "a watercolour of a cat, false", "a cat in pixel art, false"})
    void asksForTheTemplateCheckOnlyInLooksThatKeepTheArtsShape(String prompt, boolean identity) {
        ScenePlan plan = PLANNER.plan(prompt, 512, 512, 1);
        assertThat(plan.checks())
                .extracting(Check::kind)
                .contains(CheckKind.IMAGE, CheckKind.CLIPPING, CheckKind.CONTRAST);
        assertThat(plan.checks().stream().anyMatch(c -> c.kind() == CheckKind.IDENTITY))
                .as(plan.style())
                .isEqualTo(identity);
    }

    @ParameterizedTest
    @CsvSource({
        "a cat, white",
        "a red cat, white",
        "a yellow cat, white",
        "a white cat, sky-blue",
        "a cream cake, sky-blue",
        "a beige chair, sky-blue",
        "a silver car, sky-blue",
        "a white cat and a black dog, sky-blue",
    })
    void picksABackgroundThatContrastsWithEveryEntity(String prompt, String background) {
        assertThat(PLANNER.plan(prompt, 512, 512, 0).background()).isEqualTo(background);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "the and of", "a photo of a zorb", "\"\""})
    void returnsAPlanEvenWhenNothingIsRenderable(String prompt) {
        ScenePlan plan = PLANNER.plan(prompt, 512, 512, 0);
        assertThat(plan.entities()).isEmpty();
        assertThat(plan.checks()).isEmpty();
        assertThat(plan.unrenderable()).isEqualTo(prompt.contains("zorb") ? List.of("zorb") : List.of());
    }

    @Test
    void usesTheSeedForItsChoices() {
        Set<List<Integer>> layouts = LongStream.range(0, 20)
                .mapToObj(seed -> PLANNER.plan("a cat and a dog and a bird", 1024, 1024, seed))
                .map(plan -> plan.entities().stream().map(e -> e.bounds().x()).collect(Collectors.toList()))
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(layouts).hasSizeGreaterThan(1);
    }
}
