package dev.plantain.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.refiner.ImageRefiner;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The refiner's promise on every remote engine: pixels outside the area the failed checks point at never change,
 * whatever the model returns, here a server answering random pixels everywhere. A protocol-level test: it shows the
 * composite, not the quality of any model's edit.
 */
class RemoteRefinerSurgeryTest {

    private final FakeModelServer server = new FakeModelServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static VerificationReport failedCount(Box region) {
        return VerificationReport.of(
                List.of(
                        new CheckResult("image", CheckKind.IMAGE, null, CheckStatus.PASSED, 1, "a picture", null),
                        new CheckResult(
                                "count:e1",
                                CheckKind.COUNT,
                                "e1",
                                CheckStatus.FAILED,
                                0.5,
                                "found 1 apple, expected 2",
                                region),
                        new CheckResult("text:t1", CheckKind.TEXT, "t1", CheckStatus.NOT_VERIFIED, 0, "no OCR", null)),
                null);
    }

    @ParameterizedTest
    @EnumSource(GarbageServers.class)
    void pixelsOutsideTheMaskNeverChange(GarbageServers kind) {
        ScenePlan plan = TestPlans.apples(640, 480);
        BufferedImage original = TestImages.scene(640, 480);
        Box region = new Box(100, 100, 120, 90);
        Box area = new Box(82, 82, 156, 126); // the region grown by 15% of its larger side

        ImageRefiner refiner = new RemoteRefiner(kind.engine(server), new CallBudget(5));
        ImageRefiner.Refinement refinement = refiner.refine(original, plan, failedCount(region), 1);

        BufferedImage repaired = refinement.image();
        assertThat(repaired.getWidth()).isEqualTo(640);
        assertThat(repaired.getHeight()).isEqualTo(480);
        long changedInside = 0;
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                boolean inside = x >= area.x() && x < area.right() && y >= area.y() && y < area.bottom();
                if (!inside) {
                    assertThat(repaired.getRGB(x, y))
                            .as("pixel (%d,%d) outside the mask", x, y)
                            .isEqualTo(original.getRGB(x, y));
                } else if (repaired.getRGB(x, y) != original.getRGB(x, y)) {
                    changedInside++;
                }
            }
        }
        assertThat(changedInside).as("the edit was applied inside the mask").isGreaterThan(area.area() / 2);
        assertThat(refinement.changes())
                .singleElement()
                .asString()
                .contains("edited 156x126 at (82,82)")
                .contains("add one more apple");
        assertThat(refiner.deterministic()).isFalse();
    }

    @Test
    void pastTheSpendCapTheCandidateComesBackUnchanged() {
        ImageRefiner refiner = new RemoteRefiner(GarbageServers.OPENAI_IMAGES.engine(server), new CallBudget(2));
        ScenePlan plan = TestPlans.apples(320, 240);
        BufferedImage original = TestImages.scene(320, 240);

        ImageRefiner.Refinement third = refiner.refine(original, plan, failedCount(new Box(10, 10, 40, 40)), 3);

        assertThat(third.image()).isSameAs(original);
        assertThat(third.changes()).singleElement().asString().contains("max-calls-per-job");
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void aReportWithNothingFailedCallsNoModel() {
        ImageRefiner refiner = new RemoteRefiner(GarbageServers.OPENAI_IMAGES.engine(server), new CallBudget(2));
        VerificationReport onlyUnverified = VerificationReport.of(
                List.of(new CheckResult("text:t1", CheckKind.TEXT, "t1", CheckStatus.NOT_VERIFIED, 0, "no OCR", null)),
                null);

        ImageRefiner.Refinement r =
                refiner.refine(TestImages.scene(320, 240), TestPlans.apples(320, 240), onlyUnverified, 1);

        assertThat(r.changes()).singleElement().asString().contains("unchanged");
        assertThat(server.seen()).isEmpty();
    }
}
