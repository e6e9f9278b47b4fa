package dev.plantain.bench.upscale;

import java.util.Random;

/** Seeded 2-D value noise on a hashed lattice with smooth interpolation, summed over octaves (fractal, 0 to 1). */
public final class ValueNoise {

    private final float[] lattice = new float[256 * 256];

    public ValueNoise(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = random.nextFloat();
        }
    }

    public double fractal(double x, double y, int octaves) {
        double sum = 0;
        double amplitude = 0.5;
        double total = 0;
        for (int o = 0; o < octaves; o++) {
            sum += amplitude * at(x, y);
            total += amplitude;
            x *= 2.03;
            y *= 2.03;
            amplitude *= 0.5;
        }
        return sum / total;
    }

    private double at(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = smooth(x - x0);
        double fy = smooth(y - y0);
        double top = lerp(value(x0, y0), value(x0 + 1, y0), fx);
        double bottom = lerp(value(x0, y0 + 1), value(x0 + 1, y0 + 1), fx);
        return lerp(top, bottom, fy);
    }

    private double value(int x, int y) {
        return lattice[(y & 255) * 256 + (x & 255)];
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
