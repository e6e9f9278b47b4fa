package dev.plantain.render;

import dev.plantain.image.Lab;
import java.util.Map;

/**
 * The colour that most of an icon's chromatic area shares: the heaviest run of three neighbouring hue bins, averaged
 * in CIELAB and weighted by pixel count. A mostly grey icon (a cow with a pink nose, a knife with a brown handle) has
 * its mean colour instead: its grey body, not a small coloured part, is what the eye reads as its colour.
 */
final class DominantColour {

    /** Chroma from which a pixel counts as coloured rather than grey. */
    static final double CHROMATIC = 16;

    /**
     * The share of an icon's opaque pixels that must be chromatic for it to be judged by its coloured parts: a little
     * above the verifier's quarter (under which it judges a thing's colour by all its pixels), so that an icon the
     * verifier would call grey is recoloured as a whole.
     */
    static final double MIN_CHROMATIC_SHARE = 0.3;

    private static final int BINS = 24;

    private DominantColour() {}

    /**
     * @param counts pixel count per distinct opaque colour
     * @param labs the CIELAB value of each of those colours
     */
    static Lab of(Map<Integer, Integer> counts, Map<Integer, Lab> labs) {
        if (mostlyGrey(counts, labs)) {
            return mean(counts, labs, -1);
        }
        double[] weights = new double[BINS];
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            Lab lab = labs.get(e.getKey());
            if (lab.chroma() >= CHROMATIC) {
                weights[bin(lab)] += e.getValue();
            }
        }
        int best = -1;
        double bestWeight = 0;
        for (int i = 0; i < BINS; i++) {
            double w = weights[(i + BINS - 1) % BINS] + weights[i] + weights[(i + 1) % BINS];
            if (w > bestWeight) {
                bestWeight = w;
                best = i;
            }
        }
        return mean(counts, labs, best);
    }

    /** Whether too few of the icon's pixels are chromatic for its coloured parts to stand for the whole. */
    static boolean mostlyGrey(Map<Integer, Integer> counts, Map<Integer, Lab> labs) {
        long chromatic = 0;
        long all = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            all += e.getValue();
            chromatic += labs.get(e.getKey()).chroma() >= CHROMATIC ? e.getValue() : 0;
        }
        return chromatic < MIN_CHROMATIC_SHARE * all;
    }

    /** Whether a colour falls in the three bins centred on {@code centre}; any colour when there is no centre. */
    private static boolean inWindow(Lab lab, int centre) {
        if (centre < 0) {
            return true;
        }
        if (lab.chroma() < CHROMATIC) {
            return false;
        }
        int d = Math.abs(bin(lab) - centre);
        return Math.min(d, BINS - d) <= 1;
    }

    private static Lab mean(Map<Integer, Integer> counts, Map<Integer, Lab> labs, int centre) {
        double l = 0;
        double a = 0;
        double b = 0;
        double n = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            Lab lab = labs.get(e.getKey());
            if (inWindow(lab, centre)) {
                int w = e.getValue();
                l += lab.l() * w;
                a += lab.a() * w;
                b += lab.b() * w;
                n += w;
            }
        }
        return n == 0 ? new Lab(50, 0, 0) : new Lab(l / n, a / n, b / n);
    }

    private static int bin(Lab lab) {
        double hue = Math.atan2(lab.b(), lab.a());
        int bin = (int) Math.floor((hue + Math.PI) / (2 * Math.PI) * BINS);
        return Math.min(bin, BINS - 1);
    }
}
