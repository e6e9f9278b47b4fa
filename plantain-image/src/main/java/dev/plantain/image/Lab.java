package dev.plantain.image;

/** A colour in CIELAB (D65), with conversion from sRGB and the CIE76 distance. */
public record Lab(double l, double a, double b) {

    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;

    /** Converts a packed {@code 0xRRGGBB} sRGB colour. */
    public static Lab fromRgb(int rgb) {
        double r = linear(((rgb >> 16) & 0xff) / 255.0);
        double g = linear(((rgb >> 8) & 0xff) / 255.0);
        double bl = linear((rgb & 0xff) / 255.0);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * bl) / XN;
        double y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * bl) / YN;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * bl) / ZN;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /** Converts back to a packed, clamped {@code 0xRRGGBB} sRGB colour. */
    public int toRgb() {
        double fy = (l + 16) / 116;
        double fx = fy + a / 500;
        double fz = fy - b / 200;
        double x = inverseF(fx) * XN;
        double y = inverseF(fy) * YN;
        double z = inverseF(fz) * ZN;
        double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return (channel(r) << 16) | (channel(g) << 8) | channel(bl);
    }

    /** CIE76 colour difference (Euclidean distance in Lab). */
    public double distance(Lab other) {
        double dl = l - other.l;
        double da = a - other.a;
        double db = b - other.b;
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    /** Colourfulness: the distance from the grey axis. */
    public double chroma() {
        return Math.hypot(a, b);
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double inverseF(double t) {
        double cube = t * t * t;
        return cube > 216.0 / 24389 ? cube : (116 * t - 16) / (24389.0 / 27);
    }

    private static int channel(double linearValue) {
        double c = linearValue <= 0.0031308 ? 12.92 * linearValue : 1.055 * Math.pow(linearValue, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
    }
}
