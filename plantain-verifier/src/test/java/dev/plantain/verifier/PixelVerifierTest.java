package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PixelVerifierTest {

    private static final PixelVerifier VERIFIER = new PixelVerifier();

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(new Thing("apple", "red-apple", "red"), new Thing("car", "automobile", "blue")),
                Arguments.of(new Thing("cat", "cat", null), new Thing("tulip", "tulip", null)),
                Arguments.of(new Thing("banana", "banana", "yellow"), new Thing("dog", "dog", "purple")),
                Arguments.of(new Thing("car", "automobile", "green"), new Thing("apple", "red-apple", null)),
                Arguments.of(new Thing("dog", "dog", null), new Thing("banana", "banana", "yellow")));
    }

    static Stream<Arguments> wrongColours() {
        return Stream.of(
                Arguments.of(new Thing("apple", "red-apple", "red"), "blue"),
                Arguments.of(new Thing("car", "automobile", "blue"), "yellow"),
                Arguments.of(new Thing("cat", "cat", "orange"), "green"),
                Arguments.of(new Thing("banana", "banana", "yellow"), "purple"),
                Arguments.of(new Thing("dog", "dog", "brown"), "pink"));
    }

    @ParameterizedTest(name = "{0} left of {1}")
    @MethodSource("pairs")
    void aSceneDrawnAsPlannedPassesEveryCheck(Thing a, Thing b) {
        ScenePlan plan = Scenes.twoLeftOfOne(a, b);

        List<CheckResult> checks =
                VERIFIER.verify(ScenePainter.paint(plan), plan).checks();

        assertThat(checks)
                .extracting(CheckResult::checkId)
                .containsExactlyElementsOf(
                        plan.checks().stream().map(c -> c.id()).toList());
        assertThat(checks)
                .allSatisfy(c -> assertThat(c.status())
                        .as(c.checkId() + ": " + c.measured())
                        .isEqualTo(CheckStatus.PASSED));
    }

    @ParameterizedTest(name = "{0} left of {1}")
    @MethodSource("pairs")
    void aPaintedOutInstanceFailsTheCount(Thing a, Thing b) {
        ScenePlan plan = Scenes.twoLeftOfOne(a, b);
        BufferedImage image = ScenePainter.paint(plan);
        ScenePainter.paintOut(image, plan.entities().get(0).instances().get(1), plan.background());

        CheckResult count = result(VERIFIER.verify(image, plan).checks(), "count:e1");

        assertThat(count.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(count.measured()).startsWith("found 1 ").endsWith("expected 2");
        assertThat(count.score()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0} left of {1}")
    @MethodSource("pairs")
    void twoOverlappingInstancesFailTheCount(Thing a, Thing b) {
        ScenePlan drawn = Scenes.moved(
                Scenes.twoLeftOfOne(a, b), "e1", List.of(new Box(60, 290, 200, 200), new Box(170, 320, 200, 200)));

        CheckResult count =
                result(VERIFIER.verify(ScenePainter.paint(drawn), drawn).checks(), "count:e1");

        assertThat(count.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(count.measured()).contains("found 1");
    }

    @ParameterizedTest(name = "{0} drawn {1}")
    @MethodSource("wrongColours")
    void anEntityDrawnInAnotherColourFailsTheColour(Thing thing, String drawnColour) {
        ScenePlan plan = Scenes.twoLeftOfOne(thing, new Thing("tulip", "tulip", null));
        BufferedImage image = ScenePainter.paint(Scenes.recoloured(plan, "e1", drawnColour));

        List<CheckResult> checks = VERIFIER.verify(image, plan).checks();

        assertThat(result(checks, "color:e1").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(result(checks, "color:e1").measured()).contains("expected " + thing.colour());
        assertThat(result(checks, "count:e1").status()).isEqualTo(CheckStatus.PASSED);
    }

    @ParameterizedTest(name = "{0} left of {1}")
    @MethodSource("pairs")
    void aMirroredSceneFailsTheRelation(Thing a, Thing b) {
        ScenePlan plan = Scenes.twoLeftOfOne(a, b);

        List<CheckResult> checks = VERIFIER.verify(ScenePainter.mirrored(ScenePainter.paint(plan)), plan)
                .checks();

        CheckResult position = result(checks, "position:e1:left-of:e2");
        assertThat(position.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(position.measured()).contains("right-of").endsWith("expected left-of");
    }

    @ParameterizedTest(name = "{0} left of {1}")
    @MethodSource("pairs")
    void anEntityCutByTheEdgeFailsClipping(Thing a, Thing b) {
        ScenePlan drawn = Scenes.moved(Scenes.twoLeftOfOne(a, b), "e2", List.of(new Box(860, 260, 260, 260)));

        List<CheckResult> checks =
                VERIFIER.verify(ScenePainter.paint(drawn), drawn).checks();

        assertThat(result(checks, "clipping:e2").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(result(checks, "clipping:e1").status()).isEqualTo(CheckStatus.PASSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPEN", "Fresh apples", "Bakery 24/7"})
    void textIsNotVerifiedAndTheReportDoesNotPass(String content) {
        TextSpec sign = new TextSpec("t1", content, "sign", new Box(560, 80, 400, 110));
        ScenePlan plan = Scenes.plan(
                List.of(Scenes.entity(
                        "e1", new Thing("apple", "red-apple", "red"), List.of(new Box(100, 400, 220, 220)))),
                List.of(sign));

        List<CheckResult> checks =
                VERIFIER.verify(ScenePainter.paint(plan), plan).checks();

        assertThat(result(checks, "text:t1").status()).isEqualTo(CheckStatus.NOT_VERIFIED);
        assertThat(result(checks, "text:t1").measured()).contains("no OCR");
        assertThat(result(checks, "count:e1").status()).isEqualTo(CheckStatus.PASSED);
        assertThat(VerificationReport.of(checks, null).passed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blank", "flat-blue", "noise"})
    void anImageThatIsNoPictureFailsEveryCheck(String kind) {
        ScenePlan plan = Scenes.twoLeftOfOne(new Thing("apple", "red-apple", "red"), new Thing("cat", "cat", null));
        BufferedImage image = new BufferedImage(Scenes.WIDTH, Scenes.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(
                        x,
                        y,
                        switch (kind) {
                            case "blank" -> 0xF5F5F5;
                            case "flat-blue" -> 0x1F5FD6;
                            default -> random.nextInt(0x1000000);
                        });
            }
        }

        List<CheckResult> checks = VERIFIER.verify(image, plan).checks();

        assertThat(checks).hasSize(plan.checks().size()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAILED);
            assertThat(c.measured()).contains(kind.equals("noise") ? "noise" : "blank");
        });
    }

    @ParameterizedTest(name = "{0} left of {1}")
    @MethodSource("pairs")
    void theOverlayIsTheImageWithEvidenceDrawn(Thing a, Thing b) {
        ScenePlan plan = Scenes.twoLeftOfOne(a, b);
        BufferedImage image = ScenePainter.paint(plan);

        BufferedImage overlay = VERIFIER.verify(image, plan).overlay();

        assertThat(overlay.getWidth()).isEqualTo(image.getWidth());
        assertThat(overlay.getHeight()).isEqualTo(image.getHeight());
        Box region = result(VERIFIER.verify(image, plan).checks(), "count:e2").region();
        assertThat(overlay.getRGB(region.x() + region.width() / 2, region.bottom()) & 0xffffff)
                .isEqualTo(0x1EB94B);
    }

    private static CheckResult result(List<CheckResult> checks, String id) {
        return checks.stream().filter(c -> c.checkId().equals(id)).findFirst().orElseThrow();
    }
}
