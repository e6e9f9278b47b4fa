package dev.plantain.diffusion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import dev.plantain.refiner.ImageRefiner;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffusionEnginesTest {

    @TempDir
    static Path dir;

    private static DiffusionRenderer renderer;
    private static DiffusionRefiner refiner;

    @BeforeAll
    static void load() {
        FixtureExport.write(dir);
        DiffusionSettings settings = new DiffusionSettings(dir, "cpu", 2, 3, "auto", "blurry");
        renderer = DiffusionRenderer.load(settings);
        refiner = DiffusionRefiner.load(settings);
    }

    @AfterAll
    static void close() {
        renderer.close();
        refiner.close();
    }

    private static ScenePlan plan(int width, int height, long seed) {
        Entity cat =
                new Entity("e1", "cat", "cat", "cat", 1, "red", EntitySize.MEDIUM, List.of(new Box(24, 16, 48, 32)));
        return ScenePlan.builder("a red cat", width, height)
                .seed(seed)
                .background("white")
                .entities(List.of(cat))
                .excluded(List.of("dog"))
                .build();
    }

    @Test
    void draftsAtTheNativeSizeNearestTheCanvasAndRecordsIt() {
        DraftRenderer.Draft draft = renderer.draft(plan(192, 128, 5));

        // 3:2 at the fixture's native 64x64 pixel count, in units of 8: 80x56 (4,480 pixels, near 4,096).
        assertThat(draft.image().getWidth()).isEqualTo(80);
        assertThat(draft.image().getHeight()).isEqualTo(56);
        assertThat(draft.drawn().width()).isEqualTo(80);
        assertThat(draft.drawn().height()).isEqualTo(56);
        assertThat(draft.drawn().entities().get(0).instances().get(0)).isEqualTo(new Box(10, 7, 20, 14));
        int[] again =
                DiffusionPipelineTest.pixels(renderer.draft(plan(192, 128, 5)).image());
        assertThat(again).isEqualTo(DiffusionPipelineTest.pixels(draft.image()));
    }

    @Test
    void theNegativePromptCarriesTheExcludedConcepts() {
        assertThat(DiffusionRenderer.negativePrompt("blurry", plan(64, 64, 1))).isEqualTo("blurry, dog");
    }

    @Test
    void refiningRepaintsOnlyTheRegionsOfUnmetChecks() {
        BufferedImage image = InpaintingTest.gradient(96, 64);
        CheckResult failed = new CheckResult(
                "color:e1", CheckKind.COLOR, "e1", CheckStatus.FAILED, 0.2, "mostly green", new Box(30, 20, 20, 16));
        VerificationReport report = VerificationReport.of(List.of(failed), null);

        ImageRefiner.Refinement refinement = refiner.refine(image, plan(96, 64, 2), report, 1);

        // The region grown by max(4, 64/32) = 4 pixels on every side.
        Box repainted = new Box(26, 16, 28, 24);
        int changed = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 96; x++) {
                boolean inside =
                        x >= repainted.x() && x < repainted.right() && y >= repainted.y() && y < repainted.bottom();
                if (inside) {
                    changed += refinement.image().getRGB(x, y) != image.getRGB(x, y) ? 1 : 0;
                } else {
                    assertThat(refinement.image().getRGB(x, y))
                            .as("(%d,%d)", x, y)
                            .isEqualTo(image.getRGB(x, y));
                }
            }
        }
        assertThat(changed).isGreaterThan(28 * 24 / 2);
        assertThat(refinement.changes())
                .containsExactly("repainted 28x24 at (26,16) by diffusion inpainting (color:e1 mostly green)");
    }

    @Test
    void aReportWithoutRegionsLeavesTheImageAsItWas() {
        BufferedImage image = InpaintingTest.gradient(64, 64);
        CheckResult whole = new CheckResult("style", CheckKind.COLOR, null, CheckStatus.FAILED, 0.1, "too dark", null);

        ImageRefiner.Refinement refinement =
                refiner.refine(image, plan(64, 64, 2), VerificationReport.of(List.of(whole), null), 1);

        assertThat(DiffusionPipelineTest.pixels(refinement.image())).isEqualTo(DiffusionPipelineTest.pixels(image));
        assertThat(refinement.changes()).singleElement().asString().startsWith("left the image as it was");
    }
}
