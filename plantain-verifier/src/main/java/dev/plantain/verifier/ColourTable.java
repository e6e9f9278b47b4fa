package dev.plantain.verifier;

import dev.plantain.image.Lab;
import dev.plantain.plan.Palette;

/**
 * CIELAB lightness, chroma and palette family of every sRGB colour quantised to five bits a channel, computed once,
 * so that a million pixels are classified by table look-up instead of a million colour conversions.
 */
final class ColourTable {

    static final int FAMILY_COUNT = Palette.FAMILIES.size();

    private static final int SIZE = 1 << 15;
    private static final float[] LIGHTNESS = new float[SIZE];
    private static final float[] A = new float[SIZE];
    private static final float[] B = new float[SIZE];
    private static final byte[] FAMILY = new byte[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            int r = ((i >> 10) << 3) | 4;
            int g = (((i >> 5) & 0x1f) << 3) | 4;
            int b = ((i & 0x1f) << 3) | 4;
            Lab lab = Lab.fromRgb((r << 16) | (g << 8) | b);
            LIGHTNESS[i] = (float) lab.l();
            A[i] = (float) lab.a();
            B[i] = (float) lab.b();
            FAMILY[i] = (byte) Palette.FAMILIES.indexOf(Palette.nearestFamily(lab));
        }
    }

    private ColourTable() {}

    static int index(int rgb) {
        return ((rgb >> 9) & 0x7C00) | ((rgb >> 6) & 0x3E0) | ((rgb >> 3) & 0x1F);
    }

    static float lightness(int index) {
        return LIGHTNESS[index];
    }

    static float a(int index) {
        return A[index];
    }

    static float b(int index) {
        return B[index];
    }

    static float chroma(int index) {
        return (float) Math.hypot(A[index], B[index]);
    }

    /** The index into {@link Palette#FAMILIES} of the family nearest to the colour. */
    static int family(int index) {
        return FAMILY[index];
    }

    /** CIE76 distance between a quantised colour and an exact one. */
    static double distance(int index, Lab other) {
        double dl = LIGHTNESS[index] - other.l();
        double da = A[index] - other.a();
        double db = B[index] - other.b();
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    /** Whether a colour says something about hue: not near-grey, not a very dark or very light detail. */
    static boolean chromatic(int index) {
        float l = LIGHTNESS[index];
        return l > 12 && l < 95 && chroma(index) >= 15;
    }
}
