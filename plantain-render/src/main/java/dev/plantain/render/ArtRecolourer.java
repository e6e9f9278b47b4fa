package dev.plantain.render;

import dev.plantain.image.Lab;
import dev.plantain.plan.Palette;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Recolours an icon in CIELAB so that its dominant colour becomes a palette colour while its shading survives:
 * chromatic pixels move with the dominant colour, near-grey detail (outlines, eyes) stays almost as drawn; a mostly
 * grey icon is recoloured as a whole, all but its darkest pixels. Art whose dominant colour is already of the
 * target's family and near it is left as drawn.
 */
final class ArtRecolourer {

    private static final Set<String> ACHROMATIC = Set.of("black", "white", "gray");
    /** Lightness range over which a pixel of another hue turns from dark detail into a coloured part. */
    private static final double DARK_BELOW = 18;

    private static final double DARK_ABOVE = 32;

    /** How near (CIE76) a dominant colour of the target's family must be to count as the target already. */
    private static final double SAME_COLOUR = 30;

    /** Chroma below which a pixel is left alone, and above which it is recoloured fully. */
    private static final double GREY_BELOW = 6;

    /** How much of a pixel's own chroma offset from the dominant colour survives when the target is grey. */
    private static final double GREY_TARGET_KEEP = 0.15;

    /**
     * How much of its offset a pixel of another hue than the dominant keeps (windows of a car, a fruit's leaf):
     * enough to stay a distinct part, little enough that the object reads as the target colour as a whole.
     */
    private static final double OTHER_HUE_KEEP = 0.2;

    /**
     * How much of its lightness spread a mostly grey icon keeps: a cow's white body and grey patches, moved whole onto
     * a mid-light target such as orange, would otherwise turn pale enough to read as another colour (yellow).
     */
    static final double GREY_SPREAD = 0.7;

    /** How much of its lightness spread a fully recoloured icon keeps: the refiner's stronger recolour. */
    static final double FULL_SPREAD = 0.5;

    private ArtRecolourer() {}

    /** The icon recoloured, or the icon itself when a shaded recolour finds it already in the target's family. */
    static BufferedImage recolour(BufferedImage art, Palette.Named target, Recolour strength) {
        int width = art.getWidth();
        int height = art.getHeight();
        int[] argb = art.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Lab> labs = new HashMap<>();
        for (int p : argb) {
            if ((p >>> 24) >= 128) {
                int rgb = p & 0xFFFFFF;
                counts.merge(rgb, 1, Integer::sum);
                labs.computeIfAbsent(rgb, Lab::fromRgb);
            }
        }
        Lab dominant = DominantColour.of(counts, labs);
        if (strength == Recolour.SHADED
                && Palette.nearestFamily(dominant).equals(target.family())
                && dominant.distance(target.lab()) <= SAME_COLOUR) {
            return art;
        }
        boolean greyArt = DominantColour.mostlyGrey(counts, labs);
        double spread = strength == Recolour.FULL ? FULL_SPREAD : greyArt ? GREY_SPREAD : 1;
        Mapping mapping = new Mapping(dominant, target.lab(), keep(target, strength), greyArt, spread);
        Map<Integer, Integer> mapped = new HashMap<>();
        int[] out = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            if ((p >>> 24) == 0) {
                continue;
            }
            int rgb = mapped.computeIfAbsent(p & 0xFFFFFF, mapping::apply);
            out[i] = (p & 0xFF000000) | rgb;
        }
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        result.setRGB(0, 0, width, height, out, 0, width);
        return result;
    }

    private static double keep(Palette.Named target, Recolour strength) {
        if (strength == Recolour.FULL) {
            return 0;
        }
        return ACHROMATIC.contains(target.family()) ? GREY_TARGET_KEEP : 1;
    }

    /**
     * The per-colour transform: a/b moved onto the target, lightness remapped so the dominant lands on it and the
     * rest keeps {@code spread} of its distance from the target.
     */
    private record Mapping(Lab dominant, Lab target, double keep, boolean greyArt, double spread) {

        int apply(int rgb) {
            Lab lab = Lab.fromRgb(rgb);
            double hue = hueKeep(lab);
            double w = weight(lab, hue);
            if (w == 0) {
                return rgb;
            }
            double a = target.a() + (lab.a() - dominant.a()) * keep * hue;
            double b = target.b() + (lab.b() - dominant.b()) * keep * hue;
            double l = target.l() + (lightness(lab.l()) - target.l()) * spread * (1 + hue) / 2;
            return new Lab(lab.l() + (l - lab.l()) * w, lab.a() + (a - lab.a()) * w, lab.b() + (b - lab.b()) * w)
                    .toRgb();
        }

        /**
         * How much a colour takes part: grey detail not at all, coloured areas fully, dark parts of other hues (tyres,
         * pupils) as detail; on grey art all but the darkest pixels.
         */
        private double weight(Lab lab, double hue) {
            if (greyArt) {
                return lab.l() < 20 ? 0 : 1;
            }
            double chromatic = clamp((lab.chroma() - GREY_BELOW) / (DominantColour.CHROMATIC - GREY_BELOW));
            double lit = clamp((lab.l() - DARK_BELOW) / (DARK_ABOVE - DARK_BELOW));
            double sameHue = (hue - OTHER_HUE_KEEP) / (1 - OTHER_HUE_KEEP);
            return chromatic * (sameHue + (1 - sameHue) * lit);
        }

        private static double clamp(double v) {
            return Math.max(0, Math.min(1, v));
        }

        /** 1 for hues within 30 degrees of the dominant, falling to {@link #OTHER_HUE_KEEP} from 90 degrees on. */
        private double hueKeep(Lab lab) {
            if (greyArt || lab.chroma() < GREY_BELOW) {
                return 1;
            }
            double angle = Math.abs(Math.atan2(lab.b(), lab.a()) - Math.atan2(dominant.b(), dominant.a()));
            double degrees = Math.toDegrees(Math.min(angle, 2 * Math.PI - angle));
            double t = Math.max(0, Math.min(1, (degrees - 30) / 60));
            return 1 - t * (1 - OTHER_HUE_KEEP);
        }

        private double lightness(double l) {
            double from = Math.max(1, Math.min(99, dominant.l()));
            double to = target.l();
            return l <= from ? l * to / from : to + (l - from) * (100 - to) / (100 - from);
        }
    }
}
