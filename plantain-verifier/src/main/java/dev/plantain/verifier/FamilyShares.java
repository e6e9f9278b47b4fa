package dev.plantain.verifier;

import dev.plantain.plan.Palette;

/** How a set of pixels splits across the palette's colour families, as shares that sum to one. */
record FamilyShares(double[] shares, long pixels) {

    static final java.util.List<String> ACHROMATIC = java.util.List.of("black", "white", "gray");

    /** Shares of the chromatic pixels, or of all pixels when too few are chromatic to speak for the whole. */
    static FamilyShares of(int[] all, int[] chromatic) {
        long allTotal = total(all);
        long chromaticTotal = total(chromatic);
        return chromaticTotal >= 0.25 * allTotal && chromaticTotal > 0 ? of(chromatic) : of(all);
    }

    static FamilyShares of(int[] counts) {
        long total = total(counts);
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length && total > 0; i++) {
            shares[i] = counts[i] / (double) total;
        }
        return new FamilyShares(shares, total);
    }

    static FamilyShares only(String family) {
        double[] shares = new double[ColourTable.FAMILY_COUNT];
        shares[Palette.FAMILIES.indexOf(family)] = 1;
        return new FamilyShares(shares, 1);
    }

    double share(String family) {
        int i = Palette.FAMILIES.indexOf(family);
        return i < 0 ? 0 : shares[i];
    }

    String dominant() {
        int best = 0;
        for (int i = 1; i < shares.length; i++) {
            if (shares[i] > shares[best]) {
                best = i;
            }
        }
        return Palette.FAMILIES.get(best);
    }

    /** The largest share among the other chromatic families (black, white and grey left out): the runner-up hue. */
    double largestOtherHue(String family) {
        double best = 0;
        for (int i = 0; i < shares.length; i++) {
            String other = Palette.FAMILIES.get(i);
            if (!other.equals(family) && !ACHROMATIC.contains(other)) {
                best = Math.max(best, shares[i]);
            }
        }
        return best;
    }

    /** Histogram intersection: 1 for the same split, 0 for no colour in common. */
    double similarity(FamilyShares other) {
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += Math.min(shares[i], other.shares[i]);
        }
        return sum;
    }

    private static long total(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }
}
