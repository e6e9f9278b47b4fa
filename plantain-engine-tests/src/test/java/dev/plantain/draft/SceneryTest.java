package dev.plantain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.image.Lab;
import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.render.PaintStyle;
import dev.plantain.render.SceneArtist;
import java.awt.Rectangle;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SceneryTest {

    private static final ArtLibrary ART = ArtLibrary.fluentFlat();
    private static final SceneArtist ARTIST = new SceneArtist(ART);
    private static final RuleBasedPlanner PLANNER = new RuleBasedPlanner(ART);
    private static final int UNTOUCHED = 0x123456;

    private static ScenePlan plan(String setting) {
        ScenePlan plan = PLANNER.plan("a cat to the left of a dog " + setting, 640, 480, 11);
        assertThat(plan.setting()).as("the planner's setting for '%s'", setting).isNotNull();
        return plan;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "on a beach", "at night", "at sunset", "in the snow", "under a grey sky", "in a forest", "in a city",
                "by the sea", "indoors", "in space", "underwater", "in the mountains", "in the rain", "on the moon"
            })
    void aRegionRepaintGivesExactlyTheWholePaintsPixelsThereAndNothingElse(String setting) {
        ScenePlan plan = plan(setting);
        BufferedImage whole = ARTIST.paint(plan);
        Box cat = plan.entities().get(0).instances().get(0);
        Area mask = new Area(new Rectangle(17, 23, 301, 157));
        mask.add(new Area(new Rectangle(cat.x() + cat.width() / 3, cat.y() + cat.height() / 2, cat.width(), 90)));
        mask.add(new Area(new Rectangle(450, 200, 190, 280)));
        BufferedImage part = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        part.setRGB(0, 0, 640, 480, filled(640 * 480), 0, 640);

        ARTIST.repaint(part, plan, mask, PaintStyle.PLAIN);

        int[] expected = pixels(whole);
        int[] actual = pixels(part);
        for (int i = 0; i < actual.length; i++) {
            boolean inside = mask.contains(i % 640 + 0.5, i / 640 + 0.5);
            assertThat(actual[i] & 0xFFFFFF)
                    .as("(%d,%d) %s the mask", i % 640, i / 640, inside ? "inside" : "outside")
                    .isEqualTo(inside ? expected[i] & 0xFFFFFF : UNTOUCHED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"on a beach", "at night", "in a city", "in a forest", "in the snow", "indoors"})
    void shadowsAndObjectsChangeNoPixelOutsideTheirBoxes(String setting) {
        ScenePlan plan = plan(setting);
        int[] scene = pixels(ARTIST.paint(plan));
        int[] empty = pixels(ARTIST.paint(plan.withEntities(List.of())));
        List<Box> boxes =
                plan.entities().stream().flatMap(e -> e.instances().stream()).toList();

        int changedInside = 0;
        for (int i = 0; i < scene.length; i++) {
            Box pixel = new Box(i % 640, i / 640, 1, 1);
            if (boxes.stream().noneMatch(pixel::intersects)) {
                assertThat(scene[i]).as("(%d,%d)", pixel.x(), pixel.y()).isEqualTo(empty[i]);
            } else if (scene[i] != empty[i]) {
                changedInside++;
            }
        }
        assertThat(changedInside).isPositive();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "on a beach", "at night", "at sunset", "at sunrise", "in the snow", "under a grey sky", "in a forest",
                "in a city", "by the sea", "indoors", "in space", "in the desert", "in the mountains", "in a garden",
                "in the rain", "in a field", "on the moon", "underwater", "under a blue sky"
            })
    void theSettingIsDrawnAsABackdropThatChangesFromSkyToGround(String setting) {
        BufferedImage image = ARTIST.paint(plan(setting).withEntities(List.of()));

        Lab top = meanOfRows(image, 0, 48);
        Lab bottom = meanOfRows(image, 432, 480);
        assertThat(top.distance(bottom))
                .as("top %s against bottom %s", top, bottom)
                .isGreaterThan(10);
        assertThat(Arrays.stream(pixels(image)).distinct().count()).isGreaterThan(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"on a beach", "at night", "in a city"})
    void theSameSeedGivesTheSameBackdropAndAnotherSeedAnother(String setting) {
        ScenePlan plan = plan(setting).withEntities(List.of());
        ScenePlan reseeded = PLANNER.plan("a cat to the left of a dog " + setting, 640, 480, 12)
                .withEntities(List.of());

        assertThat(pixels(new SceneArtist(ART).paint(plan))).isEqualTo(pixels(ARTIST.paint(plan)));
        assertThat(pixels(ARTIST.paint(reseeded))).isNotEqualTo(pixels(ARTIST.paint(plan)));
    }

    private static int[] filled(int n) {
        int[] pixels = new int[n];
        Arrays.fill(pixels, UNTOUCHED);
        return pixels;
    }

    private static Lab meanOfRows(BufferedImage image, int from, int to) {
        double l = 0;
        double a = 0;
        double b = 0;
        int n = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                Lab p = Lab.fromRgb(image.getRGB(x, y) & 0xFFFFFF);
                l += p.l();
                a += p.a();
                b += p.b();
                n++;
            }
        }
        return new Lab(l / n, a / n, b / n);
    }
}
