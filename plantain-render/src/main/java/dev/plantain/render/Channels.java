package dev.plantain.render;

/** Packing, mixing and clamping of 8-bit RGB channels for the looks. */
public final class Channels {

    private Channels() {}

    static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    static int green(int rgb) {
        return (rgb >> 8) & 0xFF;
    }

    static int blue(int rgb) {
        return rgb & 0xFF;
    }

    /** Packs channels, rounded and clamped to 0..255. */
    public static int rgb(double r, double g, double b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    /** {@code from} moved a share {@code t} of the way to {@code to}. */
    static int mix(int from, int to, double t) {
        return rgb(
                red(from) + (red(to) - red(from)) * t,
                green(from) + (green(to) - green(from)) * t,
                blue(from) + (blue(to) - blue(from)) * t);
    }

    /** Every channel multiplied by {@code factor} and shifted by {@code offset}. */
    static int scale(int rgb, double factor, double offset) {
        return rgb(red(rgb) * factor + offset, green(rgb) * factor + offset, blue(rgb) * factor + offset);
    }

    /** A non-premultiplied ARGB pixel laid over an opaque one. */
    static int over(int argb, int rgb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb & 0xFFFFFF;
        }
        if (a == 0) {
            return rgb & 0xFFFFFF;
        }
        return mix(rgb, argb, a / 255.0);
    }

    static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) Math.round(v);
    }

    static double clamp01(double v) {
        return v <= 0 ? 0 : Math.min(1, v);
    }
}
