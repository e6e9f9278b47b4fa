package dev.plantain.render;

import java.util.SplittableRandom;

/**
 * A city skyline standing on the bottom of its band: blocks of seeded widths and heights, with rows of windows a
 * little lighter than the walls, computed once per column from the seed.
 */
final class Skyline implements Motif {

    /** How far a lit window goes back from the wall's detail colour towards the band's colour. */
    private static final double WINDOW = 0.6;

    private final double[] tops;
    private final int[] lefts;
    private final int[] widths;
    private final long seed;
    private final int window;

    private Skyline(double[] tops, int[] lefts, int[] widths, long seed, int window) {
        this.tops = tops;
        this.lefts = lefts;
        this.widths = widths;
        this.seed = seed;
        this.window = window;
    }

    static Skyline of(long seed, int width, int top, int bottom, double scale) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] tops = new double[width];
        int[] lefts = new int[width];
        int[] widths = new int[width];
        double span = Math.max(1, bottom - top);
        int x = 0;
        while (x < width) {
            int w = (int) Math.max(4, width * (0.04 + 0.07 * random.nextDouble()));
            double roof = top + span * random.nextDouble() * 0.85;
            for (int c = x; c < Math.min(width, x + w); c++) {
                tops[c] = roof;
                lefts[c] = x;
                widths[c] = w;
            }
            x += w;
        }
        return new Skyline(tops, lefts, widths, seed, (int) Math.max(2, Math.round(5 * scale)));
    }

    @Override
    public double coverage(int x, int y) {
        if (x < 0 || x >= tops.length || y < tops[x]) {
            return 0;
        }
        int inX = x - lefts[x];
        int inY = (int) (y - tops[x]);
        int pitch = window * 2;
        boolean inWindow = inX >= window
                && inX < widths[x] - window
                && inY >= window
                && inX % pitch < window
                && inY % pitch < window;
        if (inWindow && SceneryNoise.hash(seed, lefts[x] + inX / pitch, inY / pitch) < 0.55) {
            return 1 - WINDOW;
        }
        return 1;
    }
}
