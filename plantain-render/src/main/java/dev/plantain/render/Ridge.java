package dev.plantain.render;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A silhouette standing on the bottom of its band (a tree line, hills, mountains, dunes), as the top row of the
 * silhouette in every column, computed once from the seed so every pixel is addressed alone.
 */
final class Ridge implements Motif {

    private final double[] tops;

    private Ridge(double[] tops) {
        this.tops = tops;
    }

    @Override
    public double coverage(int x, int y) {
        if (x < 0 || x >= tops.length) {
            return 0;
        }
        return Math.max(0, Math.min(1, y + 1 - tops[x]));
    }

    /** Round tree crowns, overlapping, their tops between rows {@code top} and {@code bottom}. */
    static Ridge trees(long seed, int width, int top, int bottom) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] tops = flat(width, bottom);
        double span = Math.max(1, bottom - top);
        double x = -span * 0.3;
        while (x < width + span * 0.3) {
            double r = span * (0.18 + 0.22 * random.nextDouble());
            double crown = top + random.nextDouble() * (span - r);
            for (int c = Math.max(0, (int) (x - r)); c < Math.min(width, (int) Math.ceil(x + r)); c++) {
                double dx = c + 0.5 - x;
                if (Math.abs(dx) < r) {
                    tops[c] = Math.min(tops[c], crown + r - Math.sqrt(r * r - dx * dx));
                }
            }
            x += r * (0.7 + 0.6 * random.nextDouble());
        }
        return new Ridge(tops);
    }

    /** Rolling hills (or dunes, with fewer waves) between rows {@code top} and {@code bottom}. */
    static Ridge hills(long seed, int width, int top, int bottom, double waves) {
        SplittableRandom random = new SplittableRandom(seed);
        double p1 = random.nextDouble() * 2 * Math.PI;
        double p2 = random.nextDouble() * 2 * Math.PI;
        double[] tops = new double[width];
        double span = bottom - top;
        for (int c = 0; c < width; c++) {
            double u = c / (double) Math.max(1, width);
            double wave =
                    0.55 * Math.sin(2 * Math.PI * waves * u + p1) + 0.45 * Math.sin(2 * Math.PI * waves * 2.3 * u + p2);
            tops[c] = top + span * (0.5 + 0.5 * wave);
        }
        return new Ridge(tops);
    }

    /** Mountain peaks with straight flanks between rows {@code top} and {@code bottom}. */
    static Ridge mountains(long seed, int width, int top, int bottom) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] tops = flat(width, bottom);
        double span = Math.max(1, bottom - top);
        int peaks = 3 + random.nextInt(3);
        for (int i = 0; i < peaks; i++) {
            double px = width * (i + 0.2 + 0.6 * random.nextDouble()) / peaks;
            double py = top + span * 0.5 * random.nextDouble();
            double slope = 0.5 + 0.5 * random.nextDouble();
            for (int c = 0; c < width; c++) {
                tops[c] = Math.min(tops[c], py + Math.abs(c + 0.5 - px) * slope);
            }
        }
        return new Ridge(tops);
    }

    private static double[] flat(int width, int bottom) {
        double[] tops = new double[width];
        Arrays.fill(tops, bottom);
        return tops;
    }
}
