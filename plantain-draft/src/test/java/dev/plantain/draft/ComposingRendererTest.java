package dev.plantain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.render.InstanceJitter;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComposingRendererTest {

    private static final ComposingRenderer RENDERER = new ComposingRenderer(ArtLibrary.fluentFlat());

    private static ScenePlan plan(long seed) {
        Entity apples = new Entity(
                "e1",
                "apples",
                "apple",
                "red-apple",
                3,
                "blue",
                EntitySize.MEDIUM,
                List.of(new Box(0, 0, 120, 120), new Box(200, 60, 120, 120), new Box(520, 300, 120, 120)));
        Entity cat =
                new Entity("e2", "cat", "cat", "cat", 1, null, EntitySize.MEDIUM, List.of(new Box(380, 40, 180, 180)));
        TextSpec sign = new TextSpec("t1", "HELLO", "sign", new Box(200, 330, 240, 80));
        return ScenePlan.builder("three blue apples, a cat and a sign saying \"HELLO\"", 640, 420)
                .seed(seed)
                .background("cream")
                .entities(List.of(apples, cat))
                .texts(List.of(sign))
                .build();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 123456789L, -42})
    void theSamePlanGivesTheSamePixels(long seed) {
        BufferedImage first = RENDERER.draft(plan(seed)).image();
        BufferedImage second =
                new ComposingRenderer(ArtLibrary.fluentFlat()).draft(plan(seed)).image();

        assertThat(pixels(second)).isEqualTo(pixels(first));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 123456789L})
    void anotherSeedGivesAnotherImage(long seed) {
        int[] first = pixels(RENDERER.draft(plan(seed)).image());

        assertThat(pixels(RENDERER.draft(plan(seed + 1)).image())).isNotEqualTo(first);
    }

    @Test
    void theImageIsRgbAtThePlansSize() {
        BufferedImage image = RENDERER.draft(plan(1)).image();

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(420);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyDrawnBoxStaysInsideTheCanvasNearItsPlannedBox(long seed) {
        ScenePlan planned = plan(seed);
        ScenePlan drawn = RENDERER.draft(planned).drawn();

        for (int e = 0; e < planned.entities().size(); e++) {
            List<Box> before = planned.entities().get(e).instances();
            List<Box> after = drawn.entities().get(e).instances();
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                Box box = after.get(i);
                assertThat(box.insideCanvas(640, 420))
                        .as("%s inside the canvas", box)
                        .isTrue();
                assertThat((double) box.width() / before.get(i).width())
                        .isBetween(InstanceJitter.MIN_SCALE - 0.01, InstanceJitter.MAX_SCALE + 0.01);
                assertThat(Math.abs(box.centerX() - before.get(i).centerX()))
                        .isLessThanOrEqualTo(before.get(i).width() * (InstanceJitter.SHIFT + 0.25) + 2);
            }
        }
    }

    @Test
    void theBackgroundOutsideEveryBoxIsFlat() {
        DraftRenderer.Draft draft = RENDERER.draft(plan(3));
        int background = Palette.named("cream").rgb();
        List<Box> boxes = new java.util.ArrayList<>(
                draft.drawn().texts().stream().map(TextSpec::box).toList());
        draft.drawn().entities().forEach(e -> boxes.addAll(e.instances()));

        for (int y = 0; y < 420; y += 3) {
            for (int x = 0; x < 640; x += 3) {
                Box pixel = new Box(x, y, 1, 1);
                if (boxes.stream().noneMatch(pixel::intersects)) {
                    assertThat(draft.image().getRGB(x, y) & 0xFFFFFF)
                            .as("(%d,%d)", x, y)
                            .isEqualTo(background);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELLO", "OPEN LATE TONIGHT", "7"})
    void textIsSetDarkOnALightPlateInsideItsBox(String content) {
        Box box = new Box(40, 40, 300, 100);
        ScenePlan withText =
                plan(5).withEntities(List.of()).withTexts(List.of(new TextSpec("t1", content, "sign", box)));
        BufferedImage image = RENDERER.draft(withText).image();

        int dark = 0;
        int light = 0;
        for (int y = box.y() + 12; y < box.bottom() - 12; y++) {
            for (int x = box.x() + 12; x < box.right() - 12; x++) {
                int rgb = image.getRGB(x, y);
                int luma = (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                dark += luma < 80 ? 1 : 0;
                light += luma > 200 ? 1 : 0;
            }
        }
        assertThat(dark).as("dark text pixels").isGreaterThan(150);
        assertThat(light).as("plate pixels").isGreaterThan(dark);
    }
}
