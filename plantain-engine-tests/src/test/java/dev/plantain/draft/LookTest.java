package dev.plantain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.Box;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.render.PaintStyle;
import dev.plantain.render.SceneArtist;
import java.awt.Rectangle;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every look repaints a region with exactly the pixels a whole paint gives there, and the same seed repeats. */
class LookTest {

    private static final SceneArtist ARTIST = new SceneArtist(ArtLibrary.fluentFlat());
    private static final int GARBAGE = 0xFF00FF;

    private static ScenePlan plan(String style, long seed) {
        return plan(style, null, seed);
    }

    private static ScenePlan plan(String style, String setting, long seed) {
        Entity apples = new Entity(
                "e1",
                "apples",
                "apple",
                "red-apple",
                2,
                "blue",
                EntitySize.MEDIUM,
                List.of(new Box(0, 10, 110, 110), new Box(150, 60, 120, 120)));
        Entity cat =
                new Entity("e2", "cat", "cat", "cat", 1, null, EntitySize.MEDIUM, List.of(new Box(300, 30, 150, 150)));
        TextSpec sign = new TextSpec("t1", "HELLO", "sign", new Box(140, 230, 200, 70));
        return ScenePlan.builder("two blue apples, a cat and a sign saying \"HELLO\"", 480, 320)
                .seed(seed)
                .background("sky-blue")
                .entities(List.of(apples, cat))
                .texts(List.of(sign))
                .setting(setting)
                .style(style)
                .build();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "photo, none",
                "watercolour, none",
                "pixel art, none",
                "sketch, none",
                "neon, none",
                "'noto, watercolour', none",
                "photo, night",
                "watercolour, beach",
                "pixel art, city",
                "sketch, forest",
                "neon, city"
            })
    void aRepaintedRegionHasTheWholePaintsPixelsAndNothingElseChanges(String style, String setting) {
        ScenePlan plan = plan(style, setting, 11);
        BufferedImage whole = ARTIST.paint(plan);
        BufferedImage repainted = new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < plan.height(); y++) {
            for (int x = 0; x < plan.width(); x++) {
                repainted.setRGB(x, y, GARBAGE);
            }
        }
        // an apple's edge, the text plate's corner and a strip along the canvas's right edge
        Area mask = new Area(new Rectangle(95, 40, 83, 57));
        mask.add(new Area(new Rectangle(310, 260, 47, 23)));
        mask.add(new Area(new Rectangle(441, 0, 39, 200)));

        ARTIST.repaint(repainted, plan, mask, PaintStyle.PLAIN);

        int[] expected = pixels(whole);
        int[] actual = pixels(repainted);
        int inside = 0;
        for (int y = 0; y < plan.height(); y++) {
            for (int x = 0; x < plan.width(); x++) {
                int i = y * plan.width() + x;
                if (mask.contains(x + 0.5, y + 0.5)) {
                    inside++;
                    assertThat(actual[i] & 0xFFFFFF).as("inside at %d,%d", x, y).isEqualTo(expected[i] & 0xFFFFFF);
                } else {
                    assertThat(actual[i] & 0xFFFFFF)
                            .as("outside at %d,%d", x, y)
                            .isEqualTo(GARBAGE);
                }
            }
        }
        assertThat(inside).isEqualTo(83 * 57 + 47 * 23 + 39 * 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo", "watercolour", "pixel art", "sketch", "neon"})
    void theSameSeedGivesTheSameBytesAndALookChangesTheFlatImage(String style) {
        int[] first = pixels(new SceneArtist(ArtLibrary.fluentFlat()).paint(plan(style, 5)));
        int[] second = pixels(new SceneArtist(ArtLibrary.fluentFlat()).paint(plan(style, 5)));
        int[] flat = pixels(ARTIST.paint(plan(null, 5)));

        assertThat(second).isEqualTo(first);
        assertThat(first).isNotEqualTo(flat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo", "watercolour", "sketch"})
    void anotherSeedGivesOtherGrain(String style) {
        assertThat(pixels(ARTIST.paint(plan(style, 5)))).isNotEqualTo(pixels(ARTIST.paint(plan(style, 6))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"watercolour", "pixel art", "sketch", "neon"})
    void aRefinedStyledImageLeavesNoTraceOfAMovedInstancesLook(String style) {
        ScenePlan crowded = plan(style, 3)
                .withEntities(List.of(plan(style, 3)
                        .entities()
                        .get(0)
                        .withInstances(List.of(new Box(60, 60, 110, 110), new Box(110, 90, 110, 110)))));
        VerificationReport report = VerificationReport.of(
                List.of(new CheckResult(
                        "count:e1", CheckKind.COUNT, "e1", CheckStatus.FAILED, 0.5, "found 1, expected 2", null)),
                null);

        ImageRefiner.Refinement refinement =
                new LayoutRefiner(ARTIST).refine(ARTIST.paint(crowded), crowded, report, 1);

        assertThat(refinement.drawn()).isNotEqualTo(crowded);
        assertThat(pixels(refinement.image())).isEqualTo(pixels(ARTIST.paint(refinement.drawn())));
    }
}
