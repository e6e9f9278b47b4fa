package dev.plantain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.render.Channels;
import dev.plantain.render.Layers;
import dev.plantain.render.PixelLook;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pixel art is blocky and palette-reduced as {@link PixelLook} promises: every block of the grid anchored at the
 * canvas origin is one colour; a block covered by objects takes the palette colour (of {@value PixelLook#LEVELS}
 * levels per channel) nearest its mean; a block of backdrop keeps its own mean colour.
 */
class PixelLookTest {

    private static final Set<Integer> LEVELS = Set.of(0, 43, 85, 128, 170, 213, 255);
    private static final double HALF_STEP = 255.0 / (PixelLook.LEVELS - 1) / 2;

    @Test
    void objectBlocksTakeTheNearestPaletteColourAndBackdropBlocksTheirMean() {
        int width = 1000;
        int height = 700;
        int side = PixelLook.block(width, height);
        SplittableRandom random = new SplittableRandom(3);
        int[] backdrop = new int[width * height];
        int[] objects = new int[width * height];
        Rectangle object = new Rectangle(120, 90, 500, 400);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                backdrop[y * width + x] = Channels.rgb(x * 255.0 / width, y * 255.0 / height, 100 + x % 7);
                if (object.contains(x, y)) {
                    objects[y * width + x] = 0xFF000000 | random.nextInt(0x1000000);
                }
            }
        }
        Layers layers = new Layers(new Rectangle(0, 0, width, height), width, height, 1, backdrop, objects);
        new PixelLook().apply(layers);

        int objectBlocks = 0;
        int offPaletteBackdrop = 0;
        for (int by = 0; by < height; by += side) {
            for (int bx = 0; bx < width; bx += side) {
                Rectangle block = new Rectangle(bx, by, Math.min(side, width - bx), Math.min(side, height - by));
                int colour = uniform(layers.out, width, block);
                if (object.contains(block)) {
                    double[] mean = mean(objects, width, block);
                    assertThat(isOnPalette(colour))
                            .as("object block at (%d,%d) on the palette", bx, by)
                            .isTrue();
                    int[] channels = channels(colour);
                    for (int k = 0; k < 3; k++) {
                        // the nearest level is at most half a step (of 255 / 6) away, give or take its rounding
                        assertThat(Math.abs(channels[k] - mean[k]))
                                .as("object block at (%d,%d), channel %d, mean %.2f", bx, by, k, mean[k])
                                .isLessThanOrEqualTo(HALF_STEP + 0.5);
                    }
                    objectBlocks++;
                } else if (!object.intersects(block)) {
                    int backdropMean = Channels.rgb(
                            mean(backdrop, width, block)[0],
                            mean(backdrop, width, block)[1],
                            mean(backdrop, width, block)[2]);
                    assertThat(colour).as("backdrop block at (%d,%d)", bx, by).isEqualTo(backdropMean);
                    offPaletteBackdrop += isOnPalette(colour) ? 0 : 1;
                }
            }
        }
        assertThat(objectBlocks).isGreaterThan(1000);
        assertThat(offPaletteBackdrop)
                .as("backdrop blocks keeping off-palette colours")
                .isPositive();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({
        "pixel art of a red apple next to a blue car, 1024, 768",
        "pixel art of three cats on a beach, 2048, 2048",
        "a cake with the word LOVE in pixel art, 1000, 1000"
    })
    void draftsAreBlockyAndObjectColoursComeFromThePalette(String prompt, int width, int height) {
        ArtLibrary art = ArtLibrary.fluentFlat();
        ScenePlan plan = new RuleBasedPlanner(art).plan(prompt, width, height, 9);
        assertThat(plan.style()).isEqualTo("pixel art");
        BufferedImage image = new ComposingRenderer(art).draft(plan).image();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        int side = PixelLook.block(width, height);
        int onPalette = 0;
        int blocks = 0;
        for (int by = 0; by < height; by += side) {
            for (int bx = 0; bx < width; bx += side) {
                int colour = uniform(
                        pixels, width, new Rectangle(bx, by, Math.min(side, width - bx), Math.min(side, height - by)));
                onPalette += isOnPalette(colour) ? 1 : 0;
                blocks++;
            }
        }
        assertThat(onPalette).as("blocks of palette colours (the objects)").isPositive();
        assertThat(distinct(pixels)).as("distinct colours").isLessThanOrEqualTo(blocks);
    }

    /** The one colour of a block, failing when the block holds two. */
    private static int uniform(int[] pixels, int width, Rectangle block) {
        int colour = pixels[block.y * width + block.x] & 0xFFFFFF;
        for (int y = block.y; y < block.y + block.height; y++) {
            for (int x = block.x; x < block.x + block.width; x++) {
                assertThat(pixels[y * width + x] & 0xFFFFFF)
                        .as("pixel (%d,%d) of the block at (%d,%d)", x, y, block.x, block.y)
                        .isEqualTo(colour);
            }
        }
        return colour;
    }

    private static double[] mean(int[] pixels, int width, Rectangle block) {
        double[] sum = new double[3];
        for (int y = block.y; y < block.y + block.height; y++) {
            for (int x = block.x; x < block.x + block.width; x++) {
                int[] c = channels(pixels[y * width + x]);
                for (int k = 0; k < 3; k++) {
                    sum[k] += c[k];
                }
            }
        }
        double n = block.width * (double) block.height;
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }

    private static boolean isOnPalette(int colour) {
        int[] c = channels(colour);
        return LEVELS.contains(c[0]) && LEVELS.contains(c[1]) && LEVELS.contains(c[2]);
    }

    private static int[] channels(int rgb) {
        return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
    }

    private static long distinct(int[] pixels) {
        return Arrays.stream(pixels).map(p -> p & 0xFFFFFF).distinct().count();
    }
}
