package dev.plantain.render;

import dev.plantain.image.Lab;

/** Colour arithmetic for backdrops: mixing in sRGB, tinting and bounded steps in CIELAB. */
final class Tone {

    private Tone() {}

    /** The sRGB mix of two colours, {@code t} of the way from {@code a} to {@code b}. */
    static int mix(int a, int b, double t) {
        if (t <= 0) {
            return a;
        }
        if (t >= 1) {
            return b;
        }
        int r = (int) Math.round(((a >> 16) & 0xff) + t * (((b >> 16) & 0xff) - ((a >> 16) & 0xff)));
        int g = (int) Math.round(((a >> 8) & 0xff) + t * (((b >> 8) & 0xff) - ((a >> 8) & 0xff)));
        int bl = (int) Math.round((a & 0xff) + t * ((b & 0xff) - (a & 0xff)));
        return (r << 16) | (g << 8) | bl;
    }

    /** The colour one step from {@code base} towards {@code target}, at most {@code maxDeltaE} (CIE76) away. */
    static int toward(int base, int target, double maxDeltaE) {
        Lab from = Lab.fromRgb(base);
        Lab to = Lab.fromRgb(target);
        double distance = from.distance(to);
        if (distance <= maxDeltaE) {
            return target;
        }
        double t = maxDeltaE / distance;
        return new Lab(
                        from.l() + t * (to.l() - from.l()),
                        from.a() + t * (to.a() - from.a()),
                        from.b() + t * (to.b() - from.b()))
                .toRgb();
    }

    /** The colour with its lightness scaled, its chroma scaled and its a* and b* shifted. */
    static int tint(int rgb, double lightness, double chroma, double da, double db) {
        Lab lab = Lab.fromRgb(rgb);
        return new Lab(Math.max(0, Math.min(100, lab.l() * lightness)), lab.a() * chroma + da, lab.b() * chroma + db)
                .toRgb();
    }

    /** The colour with its lightness moved to {@code l}, hue and chroma kept. */
    static int withLightness(int rgb, double l) {
        Lab lab = Lab.fromRgb(rgb);
        return new Lab(Math.max(0, Math.min(100, l)), lab.a(), lab.b()).toRgb();
    }

    /**
     * The CIE76 distance between two colours after each channel is rounded to five bits, the coarsest view of the
     * image a pixel reader is expected to take; darks, where a five-bit step is large in CIELAB, need it.
     */
    static double coarseDistance(int p, int q) {
        return Lab.fromRgb((p & 0xF8F8F8) | 0x040404).distance(Lab.fromRgb((q & 0xF8F8F8) | 0x040404));
    }

    static double smoothstep(double edge0, double edge1, double x) {
        double t = Math.max(0, Math.min(1, (x - edge0) / (edge1 - edge0)));
        return t * t * (3 - 2 * t);
    }
}
