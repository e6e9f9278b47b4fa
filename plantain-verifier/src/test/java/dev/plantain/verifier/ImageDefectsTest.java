package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.image.Lab;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Box;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageDefectsTest {

    private static final PixelVerifier VERIFIER = new PixelVerifier();
    private static final ScenePlan PLAN =
            Scenes.twoLeftOfOne(new Thing("apple", "red-apple", "red"), new Thing("cat", "cat", null));

    static Stream<Arguments> patches() {
        return Stream.of(
                Arguments.of(new Box(0, 0, 256, 192)),
                Arguments.of(new Box(700, 500, 200, 200)),
                Arguments.of(new Box(400, 40, 300, 140)),
                Arguments.of(new Box(60, 290, 200, 200)));
    }

    static Stream<Arguments> fadings() {
        return Stream.of(Arguments.of("e1", 0.9), Arguments.of("e1", 0.85), Arguments.of("e2", 0.85));
    }

    @ParameterizedTest(name = "noise over {0}")
    @MethodSource("patches")
    void aPictureWithAPatchOfGarbageFailsEveryCheck(Box patch) {
        BufferedImage image = ScenePainter.paint(PLAN);
        Random random = new Random(patch.x());
        for (int y = patch.y(); y < patch.bottom(); y++) {
            for (int x = patch.x(); x < patch.right(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }

        List<CheckResult> checks = VERIFIER.verify(image, PLAN).checks();

        assertThat(checks).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAILED);
            assertThat(c.measured()).contains("garbage").contains("NaN-like");
        });
    }

    @ParameterizedTest(name = "{0} faded {1} towards the background")
    @MethodSource("fadings")
    void anEntityThatBarelyStandsOutDoesNotPassContrast(String entityId, double fade) {
        BufferedImage image = ScenePainter.paint(PLAN);
        Lab background = Palette.named(PLAN.background()).lab();
        for (Box box : PLAN.entity(entityId).orElseThrow().instances()) {
            for (int y = box.y(); y < box.bottom(); y++) {
                for (int x = box.x(); x < box.right(); x++) {
                    Lab p = Lab.fromRgb(image.getRGB(x, y) & 0xffffff);
                    image.setRGB(
                            x,
                            y,
                            new Lab(
                                            p.l() + fade * (background.l() - p.l()),
                                            p.a() + fade * (background.a() - p.a()),
                                            p.b() + fade * (background.b() - p.b()))
                                    .toRgb());
                }
            }
        }

        List<CheckResult> checks = VERIFIER.verify(image, PLAN).checks();

        CheckResult contrast = result(checks, "contrast:" + entityId);
        assertThat(contrast.passed()).as(contrast.measured()).isFalse();
        assertThat(contrast.measured())
                .matches(".*(differs from its surroundings by \\d+\\.\\d \\(CIE76\\), at least 15 "
                        + "expected|found to measure its contrast)");
        String other = entityId.equals("e1") ? "e2" : "e1";
        assertThat(result(checks, "contrast:" + other).status()).isEqualTo(CheckStatus.PASSED);
    }

    private static CheckResult result(List<CheckResult> checks, String id) {
        return checks.stream().filter(c -> c.checkId().equals(id)).findFirst().orElseThrow();
    }
}
