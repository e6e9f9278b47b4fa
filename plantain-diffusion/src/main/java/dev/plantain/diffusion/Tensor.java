package dev.plantain.diffusion;

import java.util.Arrays;

/**
 * A model input or output in plain Java: floats or integers, and a shape. The component converts it to the element
 * type the model declares.
 */
public record Tensor(float[] floats, long[] longs, long[] shape) {

    public static Tensor of(float[] data, long... shape) {
        return new Tensor(data, null, shape);
    }

    public static Tensor ofLongs(long[] data, long... shape) {
        return new Tensor(null, data, shape);
    }

    public Tensor {
        long size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        int length = floats != null ? floats.length : longs.length;
        if (size != length) {
            throw new IllegalArgumentException(
                    "a tensor of shape " + Arrays.toString(shape) + " needs " + size + " values, got " + length);
        }
    }

    public int size() {
        return floats != null ? floats.length : longs.length;
    }

    public float[] asFloats() {
        if (floats != null) {
            return floats;
        }
        float[] out = new float[longs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = longs[i];
        }
        return out;
    }

    /** Integer values; floats are rounded (a fractional timestep given to an int64 input). */
    public long[] asLongs() {
        if (longs != null) {
            return longs;
        }
        long[] out = new long[floats.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.round(floats[i]);
        }
        return out;
    }
}
