package dev.plantain.render;

import java.util.List;

/**
 * A horizontal band of a backdrop: rows {@code top} (inclusive) to {@code bottom} (exclusive), a vertical colour ramp
 * through evenly spaced stops, one detail colour its motifs are drawn in, and optional sparkles (stars) drawn in
 * their own colour.
 */
record Band(int top, int bottom, int[] ramp, int detail, List<Motif> motifs, Motif sparkles) {

    static final int SPARKLE = 0xFFFBEA;

    Band {
        if (ramp.length == 0) {
            throw new IllegalArgumentException("a band needs at least one colour");
        }
        ramp = ramp.clone();
        motifs = List.copyOf(motifs);
    }

    Band(int top, int bottom, int[] ramp, int detail, List<Motif> motifs) {
        this(top, bottom, ramp, detail, motifs, null);
    }

    /** The ramp's colour at a row of the band. */
    int colourAt(int y) {
        if (ramp.length == 1) {
            return ramp[0];
        }
        double f = Math.max(0, Math.min(1, (y + 0.5 - top) / Math.max(1, bottom - top))) * (ramp.length - 1);
        int i = Math.min(ramp.length - 2, (int) f);
        return Tone.mix(ramp[i], ramp[i + 1], f - i);
    }

    /** How far a pixel goes towards the detail colour: the strongest of the motifs there. */
    double coverage(int x, int y) {
        double t = 0;
        for (Motif motif : motifs) {
            t = Math.max(t, motif.coverage(x, y));
            if (t >= 1) {
                return 1;
            }
        }
        return t;
    }

    /** The band with every colour passed through a change (a time of day's tint, a contrast guard's shift). */
    Band recoloured(java.util.function.IntUnaryOperator change) {
        int[] changed = new int[ramp.length];
        for (int i = 0; i < ramp.length; i++) {
            changed[i] = change.applyAsInt(ramp[i]);
        }
        return new Band(top, bottom, changed, change.applyAsInt(detail), motifs, sparkles);
    }
}
