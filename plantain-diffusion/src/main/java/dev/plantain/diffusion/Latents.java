package dev.plantain.diffusion;

import java.util.Random;

/** Element-wise arithmetic on latents held as flat {@code [batch, channels, height, width]} float arrays. */
final class Latents {

    private Latents() {}

    /** {@code wa * a + wb * b}. */
    static float[] mix(float[] a, double wa, float[] b, double wb) {
        float[] out = new float[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (wa * a[i] + wb * b[i]);
        }
        return out;
    }

    static float[] scale(float[] a, double factor) {
        float[] out = new float[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (a[i] * factor);
        }
        return out;
    }

    /**
     * Classifier-free guidance on a batch of two ({@code [uncond, cond]}): {@code uncond + scale * (cond - uncond)}.
     */
    static float[] guide(float[] batchOfTwo, double scale) {
        int half = batchOfTwo.length / 2;
        float[] out = new float[half];
        for (int i = 0; i < half; i++) {
            float uncond = batchOfTwo[i];
            out[i] = (float) (uncond + scale * (batchOfTwo[half + i] - uncond));
        }
        return out;
    }

    /** The array twice over: a batch of two identical samples. */
    static float[] twice(float[] a) {
        float[] out = new float[a.length * 2];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(a, 0, out, a.length, a.length);
        return out;
    }

    /** Unit Gaussian noise from a seeded generator: the same generator state gives the same noise on any JVM. */
    static float[] gaussian(Random random, int size) {
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }

    /**
     * {@code mask * inside + (1 - mask) * outside}, with a one-channel {@code plane}-sized mask applied to every
     * channel.
     */
    static float[] blend(float[] inside, float[] outside, float[] mask) {
        int plane = mask.length;
        float[] out = new float[inside.length];
        for (int i = 0; i < out.length; i++) {
            float m = mask[i % plane];
            out[i] = m * inside[i] + (1 - m) * outside[i];
        }
        return out;
    }
}
