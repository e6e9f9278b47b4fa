package dev.plantain.verifier;

import dev.plantain.image.Lab;
import java.util.Map;
import java.util.Optional;

/**
 * Settings, times and weather this engine can measure from the background (the colour of each row behind the
 * things, in CIELAB): a ground of sand, snow, grass or water in the bottom fifth, a dark, blue, grey or warm sky in
 * the top fifth. A setting it has no measure for is not judged.
 */
final class SceneMeasure {

    /** What is measured, and where. */
    private enum Measure {
        SAND("a sand-coloured ground", false),
        SNOW("a snow-white ground", false),
        GRASS("a green ground", false),
        WATER("blue water", false),
        WATER_ABOVE("blue water all around", true),
        DARK_SKY("a dark sky", true),
        BLUE_SKY("a blue sky", true),
        GREY_SKY("a grey sky", true),
        WARM_SKY("a warm (orange or pink) sky", true);

        final String words;
        final boolean top;

        Measure(String words, boolean top) {
            this.words = words;
            this.top = top;
        }

        boolean holds(Lab c) {
            double chroma = Math.hypot(c.a(), c.b());
            return switch (this) {
                case SAND -> c.b() > 6 && c.a() > -6 && c.a() < c.b() && c.l() > 25 && c.l() < 93;
                case SNOW -> c.l() > 84 && chroma < 12;
                case GRASS -> c.a() < -12;
                case WATER, WATER_ABOVE -> c.b() < -10;
                case DARK_SKY -> c.l() < 35;
                case BLUE_SKY -> c.b() < -12 && c.l() > 35;
                case GREY_SKY -> chroma < 10 && c.l() > 35 && c.l() < 90;
                case WARM_SKY -> c.a() > 8 && c.b() > 8;
            };
        }
    }

    private static final Map<String, Measure> BY_WORD = Map.ofEntries(
            Map.entry("beach", Measure.SAND),
            Map.entry("shore", Measure.SAND),
            Map.entry("seashore", Measure.SAND),
            Map.entry("sand", Measure.SAND),
            Map.entry("desert", Measure.SAND),
            Map.entry("dune", Measure.SAND),
            Map.entry("snow", Measure.SNOW),
            Map.entry("snowfield", Measure.SNOW),
            Map.entry("field", Measure.GRASS),
            Map.entry("meadow", Measure.GRASS),
            Map.entry("lawn", Measure.GRASS),
            Map.entry("grass", Measure.GRASS),
            Map.entry("pasture", Measure.GRASS),
            Map.entry("garden", Measure.GRASS),
            Map.entry("park", Measure.GRASS),
            Map.entry("sea", Measure.WATER),
            Map.entry("ocean", Measure.WATER),
            Map.entry("lake", Measure.WATER),
            Map.entry("underwater", Measure.WATER_ABOVE),
            Map.entry("night", Measure.DARK_SKY),
            Map.entry("space", Measure.DARK_SKY),
            Map.entry("blue sky", Measure.BLUE_SKY),
            Map.entry("grey sky", Measure.GREY_SKY),
            Map.entry("sunset", Measure.WARM_SKY),
            Map.entry("sunrise", Measure.WARM_SKY));

    /** The share of the height measured at the top (sky) or bottom (ground). */
    static final double BAND = 0.2;

    private SceneMeasure() {}

    /** The finding for a setting word, or empty when this engine has no measure for it. */
    static Optional<Support.Finding> judge(String setting, Scene scene) {
        Measure measure = BY_WORD.get(setting);
        if (measure == null) {
            return Optional.empty();
        }
        if (measure == Measure.WARM_SKY) {
            return Optional.of(warmSky(scene.segmentation()));
        }
        Lab found = band(scene.segmentation(), measure.top);
        boolean holds = measure.holds(found);
        return Optional.of(new Support.Finding(
                holds,
                String.format(
                        "the %s fifth's background is L*%.0f a*%.0f b*%.0f: %s %s",
                        measure.top ? "top" : "bottom",
                        found.l(),
                        found.a(),
                        found.b(),
                        holds ? "shows" : "does not show",
                        measure.words)));
    }

    /** A sunset or sunrise: at least a fifth of the sky (the top 60% of rows) is warm, wherever the glow lies. */
    private static Support.Finding warmSky(Segmentation segmentation) {
        int rows = (int) (SKY * segmentation.mask.height);
        int warm = 0;
        for (int r = 0; r < rows; r++) {
            warm += Measure.WARM_SKY.holds(segmentation.backgroundAt(r)) ? 1 : 0;
        }
        double share = warm / (double) Math.max(1, rows);
        boolean holds = share >= WARM_SHARE;
        return new Support.Finding(
                holds,
                String.format(
                        "%.0f%% of the sky's rows are warm (orange or pink), at least %.0f%% expected",
                        100 * share, 100 * WARM_SHARE));
    }

    /** The share of the height read as sky for a sunset, and the share of it that must glow. */
    static final double SKY = 0.6;

    static final double WARM_SHARE = 0.2;

    private static Lab band(Segmentation segmentation, boolean top) {
        int rows = segmentation.mask.height;
        int size = Math.max(1, (int) (BAND * rows));
        int from = top ? 0 : rows - size;
        double l = 0;
        double a = 0;
        double b = 0;
        for (int r = from; r < from + size; r++) {
            Lab c = segmentation.backgroundAt(r);
            l += c.l();
            a += c.a();
            b += c.b();
        }
        return new Lab(l / size, a / size, b / size);
    }
}
