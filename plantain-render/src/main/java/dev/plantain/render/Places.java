package dev.plantain.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The ground of each kind of place, as bands below (and a far silhouette just above) the horizon, in daylight
 * colours; the sky above is the time of day's. Indoors and underwater have no sky.
 */
enum Places {
    FIELD,
    GARDEN,
    FOREST,
    CITY,
    BEACH,
    SEA,
    SNOW,
    DESERT,
    MOUNTAINS,
    MOON,
    SPACE,
    INDOORS,
    UNDERWATER;

    /** Whether the time of day's sky is drawn above this place's ground. */
    boolean hasSky() {
        return this != INDOORS && this != UNDERWATER;
    }

    /** The bands below the sky, from the row where the sky ends to the bottom of the canvas. */
    List<Band> bands(long seed, int w, int h, int horizon, int skyColour) {
        double s = Math.max(w, h) / 1024.0;
        int far = horizon - (int) (h * farShare());
        List<Band> bands = new ArrayList<>();
        switch (this) {
            case FIELD, GARDEN -> {
                Motif ridge =
                        this == GARDEN ? Ridge.trees(seed, w, far, horizon) : Ridge.hills(seed, w, far, horizon, 1.6);
                bands.add(new Band(far, horizon, ramp(skyColour, 0x9DBF86), 0x6E9A58, List.of(ridge)));
                bands.add(new Band(
                        horizon,
                        h,
                        ramp(0x9ACB6B, 0x6FAA45, 0x558F33),
                        0x2F5E1C,
                        List.of(GroundMarks.blades(seed, s))));
            }
            case FOREST -> {
                bands.add(new Band(
                        far,
                        horizon,
                        ramp(skyColour, 0x7FA27A, 0x4E7A48),
                        0x2C5530,
                        List.of(Ridge.trees(seed, w, far, horizon))));
                bands.add(new Band(
                        horizon,
                        h,
                        ramp(0x5F8A3E, 0x4A7431, 0x3B5F27),
                        0x243F16,
                        List.of(GroundMarks.blades(seed, s))));
            }
            case CITY -> {
                int kerb = horizon + (int) Math.max(2, h * 0.014);
                bands.add(new Band(
                        far,
                        horizon,
                        ramp(skyColour, 0x98A3B1),
                        0x5E6877,
                        List.of(Skyline.of(seed, w, far, horizon, s))));
                bands.add(new Band(horizon, kerb, ramp(0xC4C4BE), 0xC4C4BE, List.of()));
                bands.add(new Band(
                        kerb,
                        h,
                        ramp(0xA3A39E, 0x858581, 0x6A6A66),
                        0x4F4F4C,
                        List.of(GroundMarks.grains(seed, s, 0.35))));
            }
            case BEACH -> {
                int shore = horizon + (int) (h * 0.13);
                int foam = shore + (int) Math.max(2, h * 0.014);
                bands.add(new Band(
                        horizon,
                        shore,
                        ramp(0x3C8DC2, 0x5FA9D6),
                        0xEAF7FF,
                        List.of(GroundMarks.waves(seed, s, horizon, shore))));
                bands.add(new Band(shore, foam, ramp(0xF2F7F6), 0xF2F7F6, List.of()));
                bands.add(new Band(
                        foam,
                        h,
                        ramp(0xF1DBA6, 0xE9CC8E, 0xDDBB7A),
                        0xB89352,
                        List.of(GroundMarks.grains(seed, s, 0.5))));
            }
            case SEA ->
                bands.add(new Band(
                        horizon,
                        h,
                        ramp(0x5FA8D3, 0x3B86BD, 0x1F5E93),
                        0xEAF7FF,
                        List.of(GroundMarks.waves(seed, s, horizon, h))));
            case SNOW -> {
                bands.add(new Band(
                        far,
                        horizon,
                        ramp(skyColour, 0xE3EAF2),
                        0xBFCCDD,
                        List.of(Ridge.hills(seed, w, far, horizon, 1.3))));
                bands.add(new Band(
                        horizon,
                        h,
                        ramp(0xF8FAFD, 0xEAF0F6, 0xDCE5EF),
                        0xAFC1D8,
                        List.of(GroundMarks.grains(seed, s, 0.4))));
            }
            case DESERT -> {
                bands.add(new Band(
                        far,
                        horizon,
                        ramp(skyColour, 0xE9C47F),
                        0xC99A52,
                        List.of(Ridge.hills(seed, w, far, horizon, 1.1))));
                bands.add(new Band(
                        horizon,
                        h,
                        ramp(0xEFCC88, 0xE3BA72, 0xD6A95E),
                        0xB4863E,
                        List.of(GroundMarks.grains(seed, s, 0.45))));
            }
            case MOUNTAINS -> {
                bands.add(new Band(
                        far,
                        horizon,
                        ramp(skyColour, 0x9AAABD, 0x7F93A8),
                        0x586A80,
                        List.of(Ridge.mountains(seed, w, far, horizon))));
                bands.add(new Band(
                        horizon,
                        h,
                        ramp(0x8DBE62, 0x6FA447, 0x558F33),
                        0x2F5E1C,
                        List.of(GroundMarks.blades(seed, s))));
            }
            case MOON ->
                bands.add(new Band(
                        horizon,
                        h,
                        ramp(0xBDBDBD, 0xA3A3A3, 0x8C8C8C),
                        0x6E6E6E,
                        List.of(GroundMarks.grains(seed, s, 0.5))));
            case SPACE -> {}
            case INDOORS -> {
                int edge = horizon + (int) Math.max(3, h * 0.018);
                int pane = (int) (Math.min(w, h) * 0.3);
                int left = SceneryNoise.hash(seed, 5, 5) < 0.5 ? (int) (w * 0.08) : w - (int) (w * 0.08) - pane;
                bands.add(new Band(
                        0,
                        horizon,
                        ramp(0xF3E9D6, 0xE7D8BD),
                        0xFFFDF5,
                        List.of(
                                GroundMarks.stripes(s),
                                GroundMarks.window(left, (int) (horizon * 0.18), pane, (int) (pane * 1.1), s))));
                bands.add(new Band(horizon, edge, ramp(0x6E4A2B), 0x6E4A2B, List.of()));
                bands.add(new Band(
                        edge,
                        h,
                        ramp(0xC0915F, 0xAD7F4F, 0x9A6B40),
                        0x7A5230,
                        List.of(GroundMarks.planks(seed, s, edge))));
            }
            case UNDERWATER -> {
                int floor = (int) (h * 0.84);
                bands.add(new Band(
                        0,
                        floor,
                        ramp(0x6CC3E0, 0x2F8DBE, 0x125A8C),
                        0xBFEFFF,
                        List.of(GroundMarks.rays(s, 0, floor))));
                bands.add(new Band(
                        floor, h, ramp(0xC9B98A, 0xA8976A), 0x8A7A52, List.of(GroundMarks.grains(seed, s, 0.5))));
            }
        }
        return bands;
    }

    /** The share of the canvas's height the far silhouette (hills, trees, skyline) rises above the horizon. */
    double farShare() {
        return switch (this) {
            case FOREST -> 0.16;
            case CITY -> 0.2;
            case MOUNTAINS -> 0.22;
            case FIELD, GARDEN -> 0.07;
            case SNOW, DESERT -> 0.05;
            default -> 0;
        };
    }

    /** The place named in a setting, or null when it names only a time of day or nothing this engine draws. */
    static Places named(String setting) {
        if (Skies.has(setting, "underwater", "under water", "under the sea")) {
            return UNDERWATER;
        }
        if (Skies.has(setting, "indoor", "room", "kitchen", "table", "inside", "office", "house")) {
            return INDOORS;
        }
        Object[][] words = {
            {BEACH, new String[] {"beach", "shore", "coast"}},
            {SEA, new String[] {"sea", "ocean", "lake"}},
            {SNOW, new String[] {"snow", "winter", "ice"}},
            {FOREST, new String[] {"forest", "wood", "jungle"}},
            {CITY, new String[] {"city", "street", "town", "urban"}},
            {DESERT, new String[] {"desert", "dune"}},
            {MOUNTAINS, new String[] {"mountain", "hill"}},
            {GARDEN, new String[] {"garden", "park"}},
            {MOON, new String[] {"moon"}},
            {SPACE, new String[] {"space", "galaxy", "cosmos"}},
            {FIELD, new String[] {"field", "meadow", "grass", "outdoor", "farm", "countryside"}}
        };
        for (Object[] entry : words) {
            if (Skies.has(setting, (String[]) entry[1])) {
                return (Places) entry[0];
            }
        }
        return null;
    }

    private static int[] ramp(int... colours) {
        return colours;
    }
}
