package dev.plantain.diffusion;

/**
 * Deterministic DDIM ({@code DDIMScheduler} with eta 0): each step predicts the clean sample and the noise, and
 * re-mixes them at the next timestep's alpha-bar.
 */
final class DdimScheduler implements Scheduler {

    private final SchedulerConfig config;
    private final NoiseSchedule schedule;
    private final double[] timesteps;
    private final int stride;
    private final double finalAlphaBar;

    DdimScheduler(SchedulerConfig config, NoiseSchedule schedule, int steps) {
        this.config = config;
        this.schedule = schedule;
        this.timesteps = Timesteps.of(config, steps, true);
        this.stride = config.trainSteps() / steps;
        this.finalAlphaBar = config.alphaToOne() ? 1 : schedule.alphaBar(0);
    }

    @Override
    public double[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public double initNoiseSigma() {
        return 1;
    }

    @Override
    public double inputScale(int step) {
        return 1;
    }

    /** alpha-bar of the sample after a step: at the timestep one stride below, or the final one past zero. */
    double alphaBarAfter(int step) {
        int previous = (int) timesteps[step] - stride;
        return previous >= 0 ? schedule.alphaBar(previous) : finalAlphaBar;
    }

    @Override
    public float[] step(float[] output, int step, float[] sample, Noise noise) {
        double a = schedule.alphaBar((int) timesteps[step]);
        double aPrev = alphaBarAfter(step);
        double sa = Math.sqrt(a);
        double sb = Math.sqrt(1 - a);
        float[] out = new float[sample.length];
        for (int i = 0; i < out.length; i++) {
            double x0;
            double eps;
            if (config.predictsVelocity()) {
                x0 = sa * sample[i] - sb * output[i];
                eps = sa * output[i] + sb * sample[i];
            } else {
                x0 = (sample[i] - sb * output[i]) / sa;
                eps = output[i];
            }
            if (config.clipSample()) {
                x0 = Math.max(-config.clipRange(), Math.min(config.clipRange(), x0));
            }
            out[i] = (float) (Math.sqrt(aPrev) * x0 + Math.sqrt(1 - aPrev) * eps);
        }
        return out;
    }

    @Override
    public float[] noised(float[] clean, float[] noise, int level) {
        double a = level == 0 ? schedule.alphaBar((int) timesteps[0]) : alphaBarAfter(level - 1);
        return Latents.mix(clean, Math.sqrt(a), noise, Math.sqrt(1 - a));
    }
}
