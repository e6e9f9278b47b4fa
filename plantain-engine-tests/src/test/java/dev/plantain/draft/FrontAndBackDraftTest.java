package dev.plantain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.render.SceneArtist;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an entity in front of another overlaps it, the draft's artist shows the front one's pixels. The artist paints
 * the planned boxes as they are (the renderer's jitter would move them apart at random), so the overlap is the planned
 * one.
 */
class FrontAndBackDraftTest {

    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static final RuleBasedPlanner PLANNER = new RuleBasedPlanner(ART);
    private static final SceneArtist ARTIST = new SceneArtist(ART);

    @ParameterizedTest
    @CsvSource({
        "a red square in front of a blue square, red, blue, 1",
        "a red square in front of a blue square, red, blue, 42",
        "a blue square behind a red square, red, blue, 7",
        "a yellow square behind a green square, green, yellow, 5",
    })
    void theFrontEntityWinsTheOverlap(String prompt, String frontColour, String backColour, long seed) {
        ScenePlan plan = PLANNER.plan(prompt, 768, 768, seed);
        Entity front = withColour(plan, frontColour);
        Entity back = withColour(plan, backColour);
        Box overlap = intersection(front.bounds(), back.bounds());
        assertThat(overlap.area()).as("the drawn boxes overlap").isPositive();

        int frontPixels = 0;
        int backPixels = 0;
        BufferedImage image = ARTIST.paint(plan);
        int[] f = rgb(frontColour);
        int[] b = rgb(backColour);
        for (int y = overlap.y(); y < overlap.bottom(); y++) {
            for (int x = overlap.x(); x < overlap.right(); x++) {
                int[] p = rgb(image.getRGB(x, y));
                double toFront = distance(p, f);
                double toBack = distance(p, b);
                if (Math.min(toFront, toBack) < 120) {
                    frontPixels += toFront < toBack ? 1 : 0;
                    backPixels += toBack < toFront ? 1 : 0;
                }
            }
        }
        assertThat(frontPixels)
                .as("front %s against back %s pixels", frontPixels, backPixels)
                .isGreaterThan(2 * backPixels);
    }

    private static Entity withColour(ScenePlan plan, String colour) {
        return plan.entities().stream()
                .filter(e -> colour.equals(e.color()))
                .findFirst()
                .orElseThrow();
    }

    private static Box intersection(Box a, Box b) {
        int x = Math.max(a.x(), b.x());
        int y = Math.max(a.y(), b.y());
        return new Box(
                x,
                y,
                Math.max(0, Math.min(a.right(), b.right()) - x),
                Math.max(0, Math.min(a.bottom(), b.bottom()) - y));
    }

    private static int[] rgb(String colour) {
        return rgb(Palette.named(colour).rgb());
    }

    private static int[] rgb(int rgb) {
        return new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
    }

    private static double distance(int[] p, int[] q) {
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }
}
