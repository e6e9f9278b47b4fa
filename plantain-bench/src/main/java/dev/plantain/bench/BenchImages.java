package dev.plantain.bench;

import dev.plantain.art.ArtLibrary;
import dev.plantain.bench.upscale.BicubicDownscale;
import dev.plantain.bench.upscale.DeadLeaves;
import dev.plantain.bench.upscale.ValueNoise;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's images, made here: scenes planned and drawn by the built-in planner and renderer, and seeded
 * procedural textures with the statistics of photographs (dead leaves as autumn leaves, pebbles, petals and moss;
 * fractal value noise as wood grain). Each table prints each image's {@link SpectralSlope} to show it.
 */
public final class BenchImages {

    /** A named test image. */
    public record Named(String name, BufferedImage image) {}

    static final List<String> PROMPTS = List.of(
            "two red apples to the left of a blue car",
            "a cat next to a dog",
            "three yellow bananas above a red apple",
            "a green tree beside a house",
            "a bicycle and a bird",
            "two orange fish under a boat",
            "a pizza on top of a table",
            "a purple flower near a bee",
            "a sign that says \"HELLO\"",
            "a brown horse to the right of a white cow");
    static final List<String> TEXTURES = List.of("autumn leaves", "pebbles", "petals", "moss", "wood");

    private BenchImages() {}

    /** {@code scenes} rendered scenes and {@code textures} textures per kind, each {@code width x height}. */
    public static List<Named> make(int scenes, int texturesPerKind, int width, int height) {
        List<Named> images = new ArrayList<>();
        ScenePlanner planner = new RuleBasedPlanner(ArtLibrary.fluentFlat());
        ComposingRenderer renderer = new ComposingRenderer(ArtLibrary.fluentFlat());
        for (int i = 0; i < scenes; i++) {
            String prompt = PROMPTS.get(i % PROMPTS.size());
            BufferedImage drawn = renderer.draft(planner.plan(prompt, 1024, 1024 * height / width, i))
                    .image();
            images.add(new Named("scene: " + prompt, fit(drawn, width, height)));
        }
        for (int i = 0; i < texturesPerKind * TEXTURES.size(); i++) {
            String kind = TEXTURES.get(i % TEXTURES.size());
            images.add(
                    new Named("texture: " + kind + " #" + i / TEXTURES.size(), texture(kind, width, height, 100 + i)));
        }
        return images;
    }

    /** Shrinks a render with antialiasing: Java 2D's bicubic drawImage point-samples a 4x reduction, which aliases. */
    static BufferedImage fit(BufferedImage image, int width, int height) {
        return BicubicDownscale.resize(image, width, height);
    }

    /**
     * A seeded texture: a dead-leaves ground for leaves, pebbles, petals and moss; fractal value noise for wood, marble
     * and clouds. Only the first five are natural-like (a power spectrum slope near -2); value-noise marble and
     * clouds are much smoother (slopes near -5 and -4), so the quality table leaves them out and only the speed
     * table, where content does not matter, draws them (they are fast to make at 4K).
     */
    public static BufferedImage texture(String kind, int width, int height, long seed) {
        return switch (kind) {
            case "autumn leaves" -> DeadLeaves.render(DeadLeaves.AUTUMN, width, height, seed);
            case "pebbles" -> DeadLeaves.render(DeadLeaves.PEBBLES, width, height, seed);
            case "petals" -> DeadLeaves.render(DeadLeaves.PETALS, width, height, seed);
            case "moss" -> DeadLeaves.render(DeadLeaves.MOSS, width, height, seed);
            default -> noise(kind, width, height, seed);
        };
    }

    private static BufferedImage noise(String kind, int width, int height, long seed) {
        ValueNoise noise = new ValueNoise(seed);
        Random random = new Random(seed);
        double scale = 0.01 + random.nextDouble() * 0.02;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double n = noise.fractal(x * scale, y * scale, 6);
                double[] rgb = switch (kind) {
                    case "wood" ->
                        mix(
                                new double[] {95, 55, 25},
                                new double[] {200, 150, 90},
                                frac(Math.hypot(x - width / 2.0, y * 0.3) * scale * 3 + 2 * n));
                    case "marble" ->
                        mix(
                                new double[] {60, 60, 70},
                                new double[] {235, 230, 220},
                                0.5 + 0.5 * Math.sin(x * scale * 8 + 6 * n));
                    case "clouds" -> mix(new double[] {70, 130, 210}, new double[] {250, 250, 250}, n);
                    default -> throw new IllegalArgumentException("no texture named " + kind);
                };
                out.setRGB(x, y, channel(rgb[0]) << 16 | channel(rgb[1]) << 8 | channel(rgb[2]));
            }
        }
        return out;
    }

    private static double[] mix(double[] a, double[] b, double t) {
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
    }

    private static double frac(double v) {
        return v - Math.floor(v);
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
