package dev.plantain.diffusion;

/**
 * The sinusoidal embedding of the guidance scale that guidance-distilled (LCM) UNets read as {@code timestep_cond}
 * instead of running guidance as a second batch: {@code (w - 1) * 1000} embedded as sines then cosines.
 */
final class GuidanceEmbedding {

    private GuidanceEmbedding() {}

    static Tensor of(double guidance, int dim, int batch) {
        double w = (guidance - 1) * 1000;
        int half = dim / 2;
        double rate = Math.log(10000) / (half - 1);
        float[] row = new float[dim];
        for (int i = 0; i < half; i++) {
            double x = w * Math.exp(-rate * i);
            row[i] = (float) Math.sin(x);
            row[half + i] = (float) Math.cos(x);
        }
        float[] out = new float[dim * batch];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(row, 0, out, b * dim, dim);
        }
        return Tensor.of(out, batch, dim);
    }
}
