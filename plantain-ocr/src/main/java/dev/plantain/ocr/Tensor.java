package dev.plantain.ocr;

/** A dense float tensor in row-major order: what goes into and comes out of the OCR models, in plain Java. */
record Tensor(float[] values, long[] shape) {

    Tensor {
        long size = 1;
        for (long d : shape) {
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("shape holds " + size + " values, given " + values.length);
        }
    }

    int dim(int i) {
        return (int) shape[i];
    }
}
