package dev.plantain.verifier.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.blob.BlobRef;
import dev.plantain.messages.Acceptance;
import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.RoundRecord;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.AtomKind;
import dev.plantain.plan.CheckKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RefineLoopTest {

    @ParameterizedTest
    @EnumSource(Acceptance.class)
    void aPassingCandidateIsUpscaledWhateverTheAcceptance(Acceptance acceptance) {
        RefineLoop.Decision d = RefineLoop.decide(request(3, acceptance), List.of(round(0, 1.0, true)));
        assertThat(d.route()).isEqualTo(RefineLoop.Route.UPSCALE);
        assertThat(d.chosen().round()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aFailingCandidateIsRefinedWhileRoundsRemain(int round) {
        List<RoundRecord> history = new ArrayList<>();
        for (int r = 0; r <= round; r++) {
            history.add(round(r, 0.5, false));
        }
        assertThat(RefineLoop.decide(request(3, Acceptance.STRICT), history).route())
                .isEqualTo(RefineLoop.Route.REFINE);
    }

    @Test
    void outOfRoundsUnderBestEffortTheBestCandidateIsDelivered() {
        List<RoundRecord> history = List.of(round(0, 0.4, false), round(1, 0.8, false), round(2, 0.6, false));
        RefineLoop.Decision d = RefineLoop.decide(request(2, Acceptance.BEST_EFFORT), history);
        assertThat(d.route()).isEqualTo(RefineLoop.Route.UPSCALE);
        assertThat(d.chosen().round()).isEqualTo(1);
        assertThat(d.reason()).contains("best effort").contains("round 1");
    }

    @Test
    void outOfRoundsUnderStrictTheJobFailsWithWhatWasNotMet() {
        List<RoundRecord> history = List.of(round(0, 0.4, false), round(1, 0.5, false));
        RefineLoop.Decision d = RefineLoop.decide(request(1, Acceptance.STRICT), history);
        assertThat(d.route()).isEqualTo(RefineLoop.Route.FAIL);
        assertThat(d.reason())
                .contains("strict acceptance not met after 1 refine round(s)")
                .contains("count:e1");
    }

    @Test
    void withNoRefineRoundsAllowedTheDraftIsFinal() {
        RefineLoop.Decision d = RefineLoop.decide(request(0, Acceptance.BEST_EFFORT), List.of(round(0, 0.2, false)));
        assertThat(d.route()).isEqualTo(RefineLoop.Route.UPSCALE);
    }

    /** Every check passed; the only atom not shown is an action this engine cannot judge. */
    private static RoundRecord onlyNotJudged() {
        CheckResult check =
                new CheckResult("count:e1", CheckKind.COUNT, "e1", CheckStatus.PASSED, 1, "found 1 boy", null);
        AtomResult riding = new AtomResult(
                "a3",
                AtomKind.RELATION,
                CheckStatus.NOT_VERIFIED,
                "pixels",
                "the boy riding the bicycle",
                "action 'riding' is not judged from pixels by this engine",
                List.of(),
                null);
        AtomResult boy = new AtomResult(
                "a1", AtomKind.ENTITY, CheckStatus.PASSED, "pixels", "a boy", "template check passed", List.of(), null);
        ImageRef image = new ImageRef(BlobRef.of(new byte[] {7}), 64, 64);
        return new RoundRecord(0, image, VerificationReport.of(List.of(check), List.of(boy, riding), null), List.of());
    }

    @Test
    void aCandidateWhoseOnlyUnmetAtomsAreNotJudgedIsDeliveredAtOnceUnverified() {
        RefineLoop.Decision d = RefineLoop.decide(request(3, Acceptance.BEST_EFFORT), List.of(onlyNotJudged()));
        assertThat(d.route()).isEqualTo(RefineLoop.Route.UPSCALE);
        assertThat(d.chosen().report().passed()).isFalse();
        assertThat(d.chosen().report().score()).isEqualTo(0.5);
        assertThat(d.reason()).contains("not judged: the boy riding the bicycle (action 'riding' is not judged");
    }

    @Test
    void underStrictSuchACandidateFailsTheJobWithoutARefineRound() {
        RefineLoop.Decision d = RefineLoop.decide(request(3, Acceptance.STRICT), List.of(onlyNotJudged()));
        assertThat(d.route()).isEqualTo(RefineLoop.Route.FAIL);
        assertThat(d.reason()).contains("nothing a refiner can repair").contains("the boy riding the bicycle");
    }

    private static JobRequest request(int rounds, Acceptance acceptance) {
        return new JobRequest("job", "a cat", null, null, 1L, rounds, acceptance, null);
    }

    private static RoundRecord round(int round, double score, boolean passed) {
        CheckResult check = new CheckResult(
                "count:e1",
                CheckKind.COUNT,
                "e1",
                passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                score,
                "found 1 cat, expected 2",
                null);
        ImageRef image = new ImageRef(BlobRef.of(new byte[] {(byte) round}), 64, 64);
        return new RoundRecord(round, image, VerificationReport.of(List.of(check), null), List.of());
    }
}
