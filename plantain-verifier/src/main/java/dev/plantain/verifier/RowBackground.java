package dev.plantain.verifier;

import dev.plantain.image.Lab;
import java.util.Arrays;

/**
 * A local background model read from the image's own pixels: for each row, the per-channel CIELAB median of the
 * pixels at its left and right ends ({@value #EDGE_SHARE} of the width each), where a scene's backdrop shows and
 * its objects rarely reach. A flat backdrop gives one colour; a sky over a ground gives the sky's colour in the sky's
 * rows and the ground's in the ground's, whatever the horizon's height. A row whose ends mostly disagree with their
 * own median (an object across both ends), or whose median differs from that of the pixels right at the canvas edge
 * (objects in both ends, outnumbering the backdrop between them and the edges), takes the model of the nearest row
 * whose ends agree.
 */
final class RowBackground {

    /** The share of the width sampled at each end of a row. */
    static final double EDGE_SHARE = 1 / 12.0;
    /** A row's ends agree when at least this share of them lies within the foreground threshold of their median. */
    static final double MIN_AGREEMENT = 0.5;
    /** The share of each end, outermost first, whose median a row's model must match: the backdrop reaches the edge. */
    static final double EDGE_PART = 1 / 8.0;
    /**
     * How far (CIE76) a row's model may lie from the median of its ends' outermost parts: a clean row's differ by the
     * vignette's slope at most, a row whose ends are mostly two objects' (a laptop in each) by much more.
     */
    static final double MAX_EDGE_DRIFT = Segmentation.FOREGROUND_DELTA_E / 2;

    private RowBackground() {}

    /** The background colour of every row of the working image. */
    static Lab[] of(WorkingImage image, int fallback) {
        int k = Math.max(2, (int) Math.round(image.width * EDGE_SHARE));
        k = Math.min(k, Math.max(1, image.width / 2));
        float[] l = new float[2 * k];
        float[] a = new float[2 * k];
        float[] b = new float[2 * k];
        Lab[] rows = new Lab[image.height];
        boolean[] trusted = new boolean[image.height];
        int outermost = Math.max(1, (int) Math.round(k * EDGE_PART));
        for (int y = 0; y < image.height; y++) {
            int n = 0;
            for (int i = 0; i < k; i++) {
                n = sample(image.rgb[y * image.width + i], l, a, b, n);
                n = sample(image.rgb[y * image.width + image.width - 1 - i], l, a, b, n);
            }
            Lab median = new Lab(median(l, n), median(a, n), median(b, n));
            int agreeing = 0;
            for (int i = 0; i < n; i++) {
                double dl = l[i] - median.l();
                double da = a[i] - median.a();
                double db = b[i] - median.b();
                agreeing += Math.sqrt(dl * dl + da * da + db * db) <= Segmentation.FOREGROUND_DELTA_E ? 1 : 0;
            }
            // samples alternate left and right, outermost first: the outermost of both ends
            int outer = 2 * outermost;
            Lab edge = new Lab(median(l, outer), median(a, outer), median(b, outer));
            rows[y] = median;
            trusted[y] = agreeing >= MIN_AGREEMENT * n && edge.distance(median) <= MAX_EDGE_DRIFT;
        }
        fillUntrusted(rows, trusted, Lab.fromRgb(fallback));
        return rows;
    }

    private static int sample(int rgb, float[] l, float[] a, float[] b, int n) {
        int index = ColourTable.index(rgb);
        l[n] = ColourTable.lightness(index);
        a[n] = ColourTable.a(index);
        b[n] = ColourTable.b(index);
        return n + 1;
    }

    private static double median(float[] values, int n) {
        float[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2.0;
    }

    /** Each untrusted row takes the nearest trusted row's colour (the one above on a tie), else the fallback. */
    private static void fillUntrusted(Lab[] rows, boolean[] trusted, Lab fallback) {
        int h = rows.length;
        int[] above = new int[h];
        int last = -1;
        for (int y = 0; y < h; y++) {
            last = trusted[y] ? y : last;
            above[y] = last;
        }
        Lab[] filled = rows.clone();
        int next = -1;
        for (int y = h - 1; y >= 0; y--) {
            next = trusted[y] ? y : next;
            if (trusted[y]) {
                continue;
            }
            int up = above[y];
            if (up < 0 && next < 0) {
                filled[y] = fallback;
            } else if (next < 0 || (up >= 0 && y - up <= next - y)) {
                filled[y] = rows[up];
            } else {
                filled[y] = rows[next];
            }
        }
        System.arraycopy(filled, 0, rows, 0, h);
    }
}
