package dev.plantain.diffusion;

/**
 * Latent consistency sampling ({@code LCMScheduler}), for one- to four-step distilled models: each step maps the
 * sample straight to a clean estimate through the consistency boundary condition, then (except at the last step)
 * noises it afresh to the next timestep.
 */
final class LcmScheduler implements Scheduler {

    private static final double SIGMA_DATA = 0.5;

    private final SchedulerConfig config;
    private final NoiseSchedule schedule;
    private final double[] timesteps;

    LcmScheduler(SchedulerConfig config, NoiseSchedule schedule, int steps) {
        if (steps > config.originalSteps()) {
            throw new DiffusionException("LCM takes at most original_inference_steps (" + config.originalSteps()
                    + ") steps, was asked for " + steps);
        }
        this.config = config;
        this.schedule = schedule;
        int original = config.originalSteps();
        int c = config.trainSteps() / original;
        this.timesteps = new double[steps];
        for (int k = 0; k < steps; k++) {
            int index = (int) Math.floor((double) k * original / steps);
            timesteps[k] = (double) (original - index) * c - 1;
        }
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

    /** The boundary condition's weight on the sample itself at a timestep. */
    double skip(double t) {
        double scaled = t * config.timestepScaling();
        return SIGMA_DATA * SIGMA_DATA / (scaled * scaled + SIGMA_DATA * SIGMA_DATA);
    }

    /** The boundary condition's weight on the predicted clean sample at a timestep. */
    double out(double t) {
        double scaled = t * config.timestepScaling();
        return scaled / Math.sqrt(scaled * scaled + SIGMA_DATA * SIGMA_DATA);
    }

    @Override
    public float[] step(float[] output, int step, float[] sample, Noise noise) {
        double t = timesteps[step];
        double a = schedule.alphaBar((int) t);
        double sa = Math.sqrt(a);
        double sb = Math.sqrt(1 - a);
        double cSkip = skip(t);
        double cOut = out(t);
        float[] denoised = new float[sample.length];
        for (int i = 0; i < denoised.length; i++) {
            double x0 = config.predictsVelocity() ? sa * sample[i] - sb * output[i] : (sample[i] - sb * output[i]) / sa;
            if (config.clipSample()) {
                x0 = Math.max(-config.clipRange(), Math.min(config.clipRange(), x0));
            }
            denoised[i] = (float) (cOut * x0 + cSkip * sample[i]);
        }
        if (step == timesteps.length - 1) {
            return denoised;
        }
        return noised(denoised, noise.next(), step + 1);
    }

    @Override
    public float[] noised(float[] clean, float[] noise, int level) {
        if (level >= timesteps.length) {
            return clean.clone();
        }
        double a = schedule.alphaBar((int) timesteps[level]);
        return Latents.mix(clean, Math.sqrt(a), noise, Math.sqrt(1 - a));
    }
}
