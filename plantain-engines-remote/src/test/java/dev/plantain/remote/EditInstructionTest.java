package dev.plantain.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.CheckKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failed checks in the words an image model is asked to follow. */
class EditInstructionTest {

    private static CheckResult failed(String id, CheckKind kind, String subject, String measured) {
        return new CheckResult(id, kind, subject, CheckStatus.FAILED, 0, measured, null);
    }

    @Test
    void eachFailedCheckBecomesAnEdit() {
        List<String> phrases = EditInstruction.phrases(
                TestPlans.apples(640, 480),
                List.of(
                        failed("count:e1", CheckKind.COUNT, "e1", "found 1 apple, expected 2"),
                        failed("color:e1", CheckKind.COLOR, "e1", "orange"),
                        failed("position:e1:on-top-of:e2", CheckKind.POSITION, "e1", "beside"),
                        failed("text:t1", CheckKind.TEXT, "t1", "read 'OPFN'"),
                        new CheckResult("count:e2", CheckKind.COUNT, "e2", CheckStatus.NOT_VERIFIED, 0, "?", null)));

        assertThat(phrases)
                .containsExactly(
                        "add one more apple",
                        "make the apples red",
                        "put the apple on top of the plate",
                        "make the sign read \"OPEN\" in clear letters");
        assertThat(EditInstruction.of(phrases)).endsWith("Keep everything else exactly as it is.");
    }

    @Test
    void countsSayHowManyToAddOrRemove() {
        var plan = TestPlans.apples(640, 480);

        assertThat(EditInstruction.phrases(plan, List.of(failed("count:e1", CheckKind.COUNT, "e1", "found 5 apples"))))
                .containsExactly("remove three apples, leaving two");
        assertThat(EditInstruction.phrases(plan, List.of(failed("count:e1", CheckKind.COUNT, "e1", "found 0 apples"))))
                .containsExactly("add two apples");
        assertThat(EditInstruction.phrases(
                        plan, List.of(failed("count:e1", CheckKind.COUNT, "e1", "vlm: answered no"))))
                .containsExactly("show exactly two apples");
    }

    @Test
    void thePlanWrittenOutNamesCountsColoursPlacesTextsAndExclusions() {
        assertThat(PromptMode.PLANNED.prompt(TestPlans.apples(640, 480)))
                .isEqualTo(
                        "A picture of 2 red apples, one plate. The apples on top of the plate. A sign reads \"OPEN\","
                                + " legibly. Style: watercolour. Without: dog. Show exactly these counts, every object whole"
                                + " inside the frame.");
        assertThat(PromptMode.RAW.prompt(TestPlans.apples(640, 480)))
                .isEqualTo("two red apples on a plate and a sign saying \"OPEN\"");
    }
}
