package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drawings that do not show as one solid blob on their backdrop are still counted once each. */
class FragmentedDrawingTest {

    private static final PixelVerifier VERIFIER = new PixelVerifier();

    private static CheckResult count(ScenePlan plan, BufferedImage image) {
        return VERIFIER.verify(image, plan).checks().stream()
                .filter(c -> c.checkId().equals("count:e1"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSmallerLineDrawingIsNotASpeck() {
        // a bicycle's frame and wheels ink little of its box: the far one, smaller, is still a bicycle
        ScenePlan plan = Scenes.plan(
                List.of(Scenes.entity(
                        "e1",
                        new Thing("bicycle", "bicycle", null),
                        List.of(new Box(60, 40, 340, 340), new Box(620, 420, 260, 260)))),
                List.of());

        CheckResult count = count(plan, ScenePainter.paint(plan));

        assertThat(count.status()).as(count.measured()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void aZebraWhoseWhiteBodyMeltsIntoAWhiteBackdropIsOneZebra() {
        // on white, only the stripes stand out: several pieces inside each planned box
        ScenePlan plan = Scenes.plan(
                List.of(Scenes.entity(
                        "e1",
                        new Thing("zebra", "zebra", null),
                        List.of(new Box(40, 60, 280, 280), new Box(380, 300, 300, 300), new Box(720, 60, 280, 280)))),
                List.of());

        CheckResult count = count(plan, ScenePainter.paint(plan));

        assertThat(count.status()).as(count.measured()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void twoGreyThingsInBothEndsOfARowDoNotMakeTheRowForeground() {
        // most of each end of these rows is a thing, and the things agree in colour: the backdrop is still the backdrop
        BufferedImage image = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF2F2F2));
        g.fillRect(0, 0, 1024, 768);
        g.setColor(new Color(0xA8A8A8));
        g.fillRect(24, 300, 260, 200);
        g.fillRect(740, 300, 262, 200);
        g.dispose();

        Segmentation segmentation = Segmentation.of(WorkingImage.of(image));

        assertThat(segmentation.components)
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.touchesEdge()).isFalse());
    }
}
