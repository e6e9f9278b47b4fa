package dev.plantain.upscaler.esrgan;

import java.util.Arrays;

/** A float32 weight tensor as the TF.js manifest lists it: its shape and its values in row-major order. */
public record Tensor(int[] shape, float[] data) {

    public Tensor {
        long size = Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size + " values, but "
                    + data.length + " were given");
        }
    }

    /** A Keras HWIO convolution kernel rearranged to the OIHW order ONNX and PyTorch use. */
    public float[] hwioToOihw() {
        int kh = shape[0];
        int kw = shape[1];
        int in = shape[2];
        int out = shape[3];
        float[] oihw = new float[data.length];
        for (int h = 0; h < kh; h++) {
            for (int w = 0; w < kw; w++) {
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        oihw[((o * in + i) * kh + h) * kw + w] = data[((h * kw + w) * in + i) * out + o];
                    }
                }
            }
        }
        return oihw;
    }
}
