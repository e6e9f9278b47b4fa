package dev.plantain.diffusion;

/**
 * Euler sampling in Karras sigmas ({@code EulerDiscreteScheduler}) and its ancestral variant ({@code
 * EulerAncestralDiscreteScheduler}), which steps down past the next sigma and adds fresh noise back up to it.
 */
final class EulerScheduler implements Scheduler {

    private final double[] timesteps;
    private final double[] sigmas;
    private final double initSigma;
    private final boolean ancestral;
    private final boolean velocity;

    EulerScheduler(SchedulerConfig config, NoiseSchedule schedule, int steps, boolean ancestral) {
        this.timesteps = Timesteps.of(config, steps, false);
        this.sigmas = new double[steps + 1];
        for (int i = 0; i < steps; i++) {
            sigmas[i] = schedule.sigmaAt(timesteps[i]);
        }
        double max = sigmas[0];
        boolean spaced = config.spacing().equals("linspace") || config.spacing().equals("trailing");
        this.initSigma = spaced ? max : Math.sqrt(max * max + 1);
        this.ancestral = ancestral;
        this.velocity = config.predictsVelocity();
    }

    @Override
    public double[] timesteps() {
        return timesteps.clone();
    }

    double sigma(int level) {
        return sigmas[level];
    }

    @Override
    public double initNoiseSigma() {
        return initSigma;
    }

    @Override
    public double inputScale(int step) {
        return 1 / Math.sqrt(sigmas[step] * sigmas[step] + 1);
    }

    @Override
    public float[] step(float[] output, int step, float[] sample, Noise noise) {
        double sigma = sigmas[step];
        double next = sigmas[step + 1];
        double down = next;
        double up = 0;
        if (ancestral) {
            up = Math.sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
            down = Math.sqrt(next * next - up * up);
        }
        double dt = down - sigma;
        float[] fresh = up > 0 ? noise.next() : null;
        float[] out = new float[sample.length];
        for (int i = 0; i < out.length; i++) {
            double x0 = velocity
                    ? output[i] * (-sigma / Math.sqrt(sigma * sigma + 1)) + sample[i] / (sigma * sigma + 1)
                    : sample[i] - sigma * output[i];
            double derivative = (sample[i] - x0) / sigma;
            double v = sample[i] + derivative * dt;
            if (fresh != null) {
                v += fresh[i] * up;
            }
            out[i] = (float) v;
        }
        return out;
    }

    @Override
    public float[] noised(float[] clean, float[] noise, int level) {
        double sigma = sigmas[level];
        float[] out = new float[clean.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (clean[i] + noise[i] * sigma);
        }
        return out;
    }
}
