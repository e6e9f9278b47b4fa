package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.AtomKind;
import dev.plantain.plan.CheckKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GenEval's criteria: every check and every atom but the scene-wide ones ("a photo of" is no criterion of GenEval). */
class GenEvalCriteriaTest {

    private static final CheckResult COUNT =
            new CheckResult("count:e1", CheckKind.COUNT, "e1", CheckStatus.PASSED, 1, "found 1 cat", null);
    private static final AtomResult CAT =
            new AtomResult("a1", AtomKind.ENTITY, CheckStatus.PASSED, "pixels", "a cat", "", List.of(), null);
    private static final AtomResult PHOTO = new AtomResult(
            "a2", AtomKind.GLOBAL, CheckStatus.NOT_VERIFIED, "pixels", "the picture a photograph", "", List.of(), null);

    @Test
    void theUnjudgedPhotoLookIsNoCriterionButEveryThingAskedIs() {
        VerificationReport photo = VerificationReport.of(List.of(COUNT), List.of(CAT, PHOTO), null);
        assertThat(photo.passed()).as("not verified: no photograph").isFalse();
        assertThat(GenEvalTable.criteriaMet(photo)).isTrue();

        AtomResult noCat = CAT.with(CheckStatus.FAILED, "no cat found");
        assertThat(GenEvalTable.criteriaMet(VerificationReport.of(List.of(COUNT), List.of(noCat, PHOTO), null)))
                .isFalse();
        CheckResult failed =
                new CheckResult("count:e1", CheckKind.COUNT, "e1", CheckStatus.FAILED, 0, "found 2 cats", null);
        assertThat(GenEvalTable.criteriaMet(VerificationReport.of(List.of(failed), List.of(CAT, PHOTO), null)))
                .isFalse();
    }
}
