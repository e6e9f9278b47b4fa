package dev.plantain.render;

import java.util.ArrayList;
import java.util.List;

/** The sky of each time of day (day, grey, rain, sunset, sunrise, night, space) and how it tints the ground. */
enum Skies {
    DAY(new int[] {0x5B9BD5, 0xA3CDEE, 0xD8EDF9}, 0xFFFFFF, 0.35, 0.2),
    GREY(new int[] {0x76818D, 0xA9B1BA, 0xCBD1D7}, 0xF2F4F6, 0.85, 0),
    RAIN(new int[] {0x5F6A76, 0x939CA6, 0xB9C0C7}, 0xE4E9EE, 0.7, 0),
    SUNSET(new int[] {0x2C3570, 0x7A4A8C, 0xE27D4E, 0xFFC46E}, 0xFFF6D0, 0.25, 0.92),
    SUNRISE(new int[] {0x7C9AD0, 0xF3B9A6, 0xFFE3B0}, 0xFFFFF4, 0.25, 0.9),
    NIGHT(new int[] {0x050A22, 0x121C42, 0x27365F}, 0xE6ECFF, 0.2, 0.22),
    SPACE(new int[] {0x020312, 0x070B22, 0x0E1433}, 0xE6ECFF, 0, -1);

    /** The sky's colours from the top of the canvas down to the horizon. */
    final int[] ramp;
    /** The colour its clouds, sun or moon are drawn towards. */
    final int detail;
    /** How much of the sky clouds cover, 0 to 1. */
    final double clouds;
    /** Where the sun or moon stands, as a share of the sky's height from the top; negative for none. */
    final double light;

    Skies(int[] ramp, int detail, double clouds, double light) {
        this.ramp = ramp;
        this.detail = detail;
        this.clouds = clouds;
        this.light = light;
    }

    /** The sky band, from row 0 to {@code bottom}, with its clouds, sun or moon, rain and stars. */
    Band band(long seed, int width, int height, int bottom) {
        double scale = Math.max(width, height) / 1024.0;
        List<Motif> motifs = new ArrayList<>();
        if (clouds > 0) {
            motifs.add(SkyMotifs.clouds(seed, width, (int) (bottom * 0.05), (int) (bottom * 0.8), clouds));
        }
        if (light >= 0) {
            double r = Math.min(width, height) * (this == NIGHT ? 0.045 : 0.06);
            double cx = width * (0.15 + 0.7 * SceneryNoise.hash(seed, 11, 0));
            motifs.add(SkyMotifs.glow(cx, Math.max(r * 1.5, bottom * light), r));
        }
        if (this == RAIN) {
            motifs.add(GroundMarks.rain(seed + 5, scale));
        }
        Motif stars = this == NIGHT || this == SPACE
                ? SkyMotifs.stars(seed + 7, (int) Math.max(8, 40 * scale), Math.max(0.8, 1.3 * scale), bottom)
                : null;
        int[] colours = ramp.clone();
        return new Band(0, bottom, colours, detail, motifs, stars);
    }

    /** The colour of the ground under this sky, from its colour in daylight. */
    int light(int daylight) {
        return switch (this) {
            case DAY, SPACE -> daylight;
            case GREY, RAIN -> Tone.tint(daylight, 0.92, 0.6, 0, 0);
            case SUNSET -> Tone.tint(daylight, 0.8, 0.9, 6, 10);
            case SUNRISE -> Tone.tint(daylight, 0.92, 0.95, 3, 6);
            case NIGHT -> Tone.tint(daylight, 0.42, 0.55, 0, -10);
        };
    }

    /** The sky named in a setting ("night", "beach, sunset"), daylight when it names none. */
    static Skies named(String setting) {
        if (has(setting, "space", "moon", "stars", "galaxy", "cosmos")) {
            return has(setting, "night", "stars") && !has(setting, "space", "moon") ? NIGHT : SPACE;
        }
        if (has(setting, "night", "midnight", "evening", "dark")) {
            return NIGHT;
        }
        if (has(setting, "sunset", "dusk")) {
            return SUNSET;
        }
        if (has(setting, "sunrise", "dawn", "morning")) {
            return SUNRISE;
        }
        if (has(setting, "rain", "storm")) {
            return RAIN;
        }
        if (has(setting, "grey", "gray", "cloud", "overcast", "fog", "mist")) {
            return GREY;
        }
        return DAY;
    }

    static boolean has(String setting, String... words) {
        for (String word : words) {
            if (setting.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
