package dev.plantain.cli;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's images, made here: scenes planned and drawn by the built-in planner and renderer, and seeded
 * procedural textures with natural-looking statistics (fractal value noise shaped as clouds, marble, wood, grass).
 */
final class BenchImages {

    /** A named test image. */
    record Named(String name, BufferedImage image) {}

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
    static final List<String> TEXTURES = List.of("clouds", "marble", "wood", "grass", "rock");

    private BenchImages() {}

    /** {@code scenes} rendered scenes and {@code textures} textures per kind, each {@code width x height}. */
    static List<Named> make(int scenes, int texturesPerKind, int width, int height) {
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

    static BufferedImage texture(String kind, int width, int height, long seed) {
        ValueNoise noise = new ValueNoise(seed);
        Random random = new Random(seed);
        double scale = 0.01 + random.nextDouble() * 0.02;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double n = noise.fractal(x * scale, y * scale, 6);
                double[] rgb = switch (kind) {
                    case "clouds" -> mix(new double[] {70, 130, 210}, new double[] {250, 250, 250}, n);
                    case "marble" ->
                        mix(
                                new double[] {60, 60, 70},
                                new double[] {235, 230, 220},
                                0.5 + 0.5 * Math.sin(x * scale * 8 + 6 * n));
                    case "wood" ->
                        mix(
                                new double[] {95, 55, 25},
                                new double[] {200, 150, 90},
                                frac(Math.hypot(x - width / 2.0, y * 0.3) * scale * 3 + 2 * n));
                    case "grass" ->
                        mix(
                                new double[] {20, 70, 15},
                                new double[] {150, 200, 60},
                                noise.fractal(x * scale * 6, y * scale * 1.5, 4));
                    default -> mix(new double[] {80, 75, 70}, new double[] {190, 180, 165}, n * n * 1.4);
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
