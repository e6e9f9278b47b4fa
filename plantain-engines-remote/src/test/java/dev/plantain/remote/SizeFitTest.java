package dev.plantain.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The size rule: crop an aspect mismatch from the centre, never stretch; shrink to the canvas, never enlarge. */
class SizeFitTest {

    /** Green in the middle, red bands on the left and right: what a crop to a narrower shape must cut off. */
    private static BufferedImage banded(int width, int height, int band) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.GREEN);
        g.fillRect(band, 0, width - 2 * band, height);
        g.dispose();
        return image;
    }

    @Test
    void aWiderAnswerIsCroppedFromTheCentreThenShrunk() {
        // 1536x1024 for a 4:3 canvas: 1365x1024 of the middle stays; 85 or 86 columns go on each side
        SizeFit.Fitted fitted = SizeFit.toCanvas(banded(1536, 1024, 86), 800, 600, "openai-images");

        assertThat(fitted.image().getWidth()).isEqualTo(800);
        assertThat(fitted.image().getHeight()).isEqualTo(600);
        for (int x : new int[] {0, 2, 797, 799}) {
            assertThat(fitted.image().getRGB(x, 300) & 0xffffff).isNotEqualTo(0xff0000);
        }
        assertThat(fitted.note())
                .contains("drew 1536x1024")
                .contains("centre cropped to 1365x1024")
                .contains("shrunk to 800x600");
    }

    @Test
    void aSmallerAnswerKeepsItsSizeForTheUpscaler() {
        SizeFit.Fitted fitted = SizeFit.toCanvas(banded(1024, 1024, 0), 2048, 2048, "comfyui");

        assertThat(fitted.image().getWidth()).isEqualTo(1024);
        assertThat(fitted.note()).contains("kept at 1024x1024 for the upscaler");
    }

    @Test
    void thePlanIsLaidOutOnTheSizeDrawn() {
        ScenePlan plan = TestPlans.apples(2048, 2048);

        ScenePlan drawn = plan.scaledTo(1024, 1024);

        Box before = plan.entity("e1").orElseThrow().instances().get(0);
        Box after = drawn.entity("e1").orElseThrow().instances().get(0);
        assertThat(drawn.width()).isEqualTo(1024);
        assertThat(after)
                .isEqualTo(new Box(
                        before.x() / 2,
                        before.y() / 2,
                        (int) Math.round(before.right() / 2.0) - before.x() / 2,
                        (int) Math.round(before.bottom() / 2.0) - before.y() / 2));
        assertThat(drawn.text("t1").orElseThrow().box().x())
                .isEqualTo(plan.text("t1").orElseThrow().box().x() / 2);
    }

    @Test
    void aSmallerAnswerGivesADraftAtTheDrawnSize() {
        ImageModel model = new ImageModel() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public PixelSize drawSize(int width, int height) {
                return new PixelSize(1024, 1024);
            }

            @Override
            public BufferedImage draw(String prompt, PixelSize size, long seed) {
                return TestImages.scene(1024, 1024);
            }

            @Override
            public PixelSize editSize(int width, int height) {
                return new PixelSize(1024, 1024);
            }

            @Override
            public BufferedImage edit(BufferedImage image, Box area, String instruction, long seed) {
                return image;
            }
        };
        var draft =
                new RemoteDraftRenderer(model, PromptMode.RAW, new CallBudget(1)).draft(TestPlans.apples(2048, 2048));

        assertThat(draft.image().getWidth()).isEqualTo(1024);
        assertThat(draft.drawn().width()).isEqualTo(1024);
    }
}
